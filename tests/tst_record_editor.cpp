#include "FieldControls.h"
#include "MainWindow.h"
#include "RecordEditor.h"
#include "RecordListPage.h"
#include "RecordService.h"
#include "RecordTableModel.h"
#include "SampleDataset.h"
#include "UiLanguage.h"
#include "VaultTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace oneteam;
using namespace oneteam::test;

// The detail editors as a user meets them: typing into the form, validation under each
// field, saving, links between records, undo and redo through the Edit menu, and what
// each role may change.
class TestRecordEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createResolutionAndActionThenUndoRedo();
    void inlineValidationNamesTheField();
    void undoTouchesOnlyTheFieldsItChanged();
    void deleteAndUndoBringsTheRecordBack();
    void ministryEditsOnlyWhatItsRoleAllows();
    void auditorReadsOnly();
    void ministriesWithoutCaioStandOut();
    void indicatorHasAnEnglishNameAndUnit();
    void tablesInTheFormFitTheirHeadings();
    void keepsFieldsItCannotShow();
    void keepsValuesAndRowKeysItCannotShow();
    void switchingEditabilityIsNoEdit();

private:
    QString makeVault(const QString& name, const QString& role);
    static QAction* action(MainWindow& window, const char* name);
    static void choose(QWidget* widget, const QString& id);

    QTemporaryDir m_dir;
    UiLanguage m_language;
};

void TestRecordEditor::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

QString TestRecordEditor::makeVault(const QString& name, const QString& role)
{
    const QString path = m_dir.filePath(name);
    // The sample dataset is loaded as the secretariat; the role is what the vault is then.
    auto vault = Vault::create(path, secret("p"), {QString(), name, role}, cheapOptions());
    if (!vault) {
        qWarning("%s", qPrintable(vault.error().message));
        return {};
    }
    RecordStore store(**vault);
    RecordService service(store, QStringLiteral("secretariat"));
    QString error;
    if (SampleDataset::load(service, &error) <= 0) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

QAction* TestRecordEditor::action(MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name));
}

// Types text as key presses; Hangul arrives as an input method commits it, a syllable
// at a time.
void typeText(QWidget* widget, const QString& text)
{
    QVERIFY(widget);
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Picks the entry holding `id` in a combo box, as a click in its list would.
void TestRecordEditor::choose(QWidget* widget, const QString& id)
{
    auto* combo = qobject_cast<QComboBox*>(widget);
    QVERIFY(combo);
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void TestRecordEditor::createResolutionAndActionThenUndoRedo()
{
    const QString path = makeVault(QStringLiteral("editor.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A resolution, typed into the editor.
    QVERIFY(window.showPage(QStringLiteral("resolutions")));
    RecordListPage* resolutions = window.recordPage(QStringLiteral("resolution"));
    QVERIFY(resolutions);
    const int resolutionsBefore = resolutions->model()->rowCount();
    action(window, "newRecordAction")->trigger();
    RecordEditor* editor = resolutions->editor();
    QVERIFY(editor->isNew());
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("number")), QStringLiteral("2026-07"));
    typeText(editor->fieldWidget(QStringLiteral("title_ko")), QStringLiteral("공공데이터 개방 확대"));
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("title_en")), QStringLiteral("Wider open data"));
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("adopted")), QStringLiteral("2026-03-10"));
    auto* keyword = qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("keyword")));
    QTest::keyClick(keyword, Qt::Key_Down); // from "none" to the first keyword
    QCOMPARE(keyword->currentData().toString(), QStringLiteral("one-team"));
    auto* status = qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("status")));
    QTest::keyClick(status, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(status->currentData().toString(), QStringLiteral("adopted"));
    choose(editor->fieldWidget(QStringLiteral("lead_ministry")),
           SampleDataset::idOf(QStringLiteral("ministry:MSIT")));
    QVERIFY(editor->isDirty());
    QVERIFY(editor->canSave());
    action(window, "saveRecordAction")->trigger();
    const QString resolutionId = editor->recordId();
    QVERIFY(!resolutionId.isEmpty());
    QVERIFY(!editor->isDirty());
    QTRY_COMPARE(resolutions->model()->rowCount(), resolutionsBefore + 1);
    RecordStore& store = *window.findChild<RecordListPage*>()->model()->store();
    auto stored = store.get(resolutionId);
    QVERIFY(stored);
    QCOMPARE(stored->fields.value(QStringLiteral("title_ko")).toString(),
             QStringLiteral("공공데이터 개방 확대"));
    QCOMPARE(stored->fields.value(QStringLiteral("adopted")).toString(), QStringLiteral("2026-03-10"));
    QCOMPARE(stored->fields.value(QStringLiteral("lead_ministry")).toString(),
             SampleDataset::idOf(QStringLiteral("ministry:MSIT")));

    // An action of it, owned by the Ministry of Education.
    RecordListPage* actions = window.recordPage(QStringLiteral("action"));
    QVERIFY(window.showPage(QStringLiteral("actions")));
    action(window, "newRecordAction")->trigger();
    RecordEditor* actionEditor = actions->editor();
    choose(actionEditor->fieldWidget(QStringLiteral("resolution")), resolutionId);
    QTest::keyClicks(actionEditor->fieldWidget(QStringLiteral("description")),
                     QStringLiteral("Publish the open-data catalogue"));
    choose(actionEditor->fieldWidget(QStringLiteral("owner_ministry")),
           SampleDataset::idOf(QStringLiteral("ministry:MOE")));
    QTest::keyClicks(actionEditor->fieldWidget(QStringLiteral("due")), QStringLiteral("2026-12-31"));
    auto* actionStatus = qobject_cast<QComboBox*>(actionEditor->fieldWidget(QStringLiteral("status")));
    QTest::keyClick(actionStatus, Qt::Key_Down);
    auto* progress = qobject_cast<QSpinBox*>(actionEditor->fieldWidget(QStringLiteral("progress")));
    progress->setValue(20);
    QVERIFY(actionEditor->save());
    const QString actionId = actionEditor->recordId();
    QCOMPARE(store.get(actionId)->fields.value(QStringLiteral("progress")).toInt(), 20);

    // The resolution lists its action; activating the link opens it on the actions page.
    QVERIFY(window.openRecord(QStringLiteral("resolution"), resolutionId));
    QCOMPARE(window.currentPageId(), QStringLiteral("resolutions"));
    auto* related = editor->findChild<QTreeWidget*>(QStringLiteral("related"));
    QTreeWidgetItem* link = nullptr;
    for (int g = 0; g < related->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = related->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->data(0, Qt::UserRole).toString() == actionId) {
                link = group->child(c);
            }
        }
    }
    QVERIFY2(link, "the resolution does not list its action");
    emit related->itemActivated(link, 0);
    QCOMPARE(window.currentPageId(), QStringLiteral("actions"));
    QCOMPARE(actionEditor->recordId(), actionId);

    // An edit of the action, then undo step by step through the Edit menu.
    progress->setValue(60);
    QVERIFY(actionEditor->save());
    QCOMPARE(store.get(actionId)->fields.value(QStringLiteral("progress")).toInt(), 60);
    QUndoStack* undo = window.undoStack();
    QCOMPARE(undo->count(), 3);
    QVERIFY(action(window, "undoAction")->isEnabled());
    action(window, "undoAction")->trigger(); // the edit
    QCOMPARE(store.get(actionId)->fields.value(QStringLiteral("progress")).toInt(), 20);
    QTRY_COMPARE(progress->value(), 20);     // the editor follows
    action(window, "undoAction")->trigger(); // the action's creation
    QVERIFY(store.get(actionId)->deleted);
    action(window, "undoAction")->trigger(); // the resolution's creation
    QVERIFY(store.get(resolutionId)->deleted);
    QTRY_COMPARE(resolutions->model()->rowCount(), resolutionsBefore);
    QVERIFY(!action(window, "undoAction")->isEnabled());

    // Redo brings back each step, with the same fields.
    action(window, "redoAction")->trigger();
    action(window, "redoAction")->trigger();
    action(window, "redoAction")->trigger();
    QVERIFY(!store.get(resolutionId)->deleted);
    QVERIFY(!store.get(actionId)->deleted);
    QCOMPARE(store.get(actionId)->fields.value(QStringLiteral("progress")).toInt(), 60);
    QCOMPARE(store.get(resolutionId)->fields, stored->fields);
    QTRY_COMPARE(resolutions->model()->rowCount(), resolutionsBefore + 1);

    // The list filters as the user types.
    QVERIFY(window.showPage(QStringLiteral("resolutions")));
    auto* search = resolutions->findChild<QLineEdit*>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("Wider"));
    QCOMPARE(resolutions->model()->rowCount(), 1);
    QCOMPARE(resolutions->model()->index(0, 0).data(RecordTableModel::IdRole).toString(), resolutionId);
    search->clear();
    QCOMPARE(resolutions->model()->rowCount(), resolutionsBefore + 1);

    // Locking forgets the history: its steps name records of a vault no longer open.
    window.lockVault();
    QCOMPARE(undo->count(), 0);
}

void TestRecordEditor::inlineValidationNamesTheField()
{
    const QString path = makeVault(QStringLiteral("validation.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    RecordListPage* page = window.recordPage(QStringLiteral("budget"));
    window.openRecord(QStringLiteral("budget"), QString());
    page->newRecord();
    RecordEditor* editor = page->editor();
    // A new form does not open covered in "required"...
    QVERIFY(editor->issueText(QStringLiteral("name_ko")).isEmpty());
    typeText(editor->fieldWidget(QStringLiteral("name_ko")), QStringLiteral("시범 사업"));
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("fiscal_year")), QStringLiteral("2026"));
    // ...but an amount that is not whole won is named as the user types.
    typeText(editor->fieldWidget(QStringLiteral("proposal")), QStringLiteral("1.5조"));
    QVERIFY2(editor->issueText(QStringLiteral("proposal")).contains(QStringLiteral("whole won")),
             qPrintable(editor->issueText(QStringLiteral("proposal"))));
    QVERIFY(!editor->canSave());
    QVERIFY(!editor->save());
    auto* banner = editor->findChild<QLabel*>(QStringLiteral("editorBanner"));
    QVERIFY(banner->isVisibleTo(editor));
    QVERIFY(banner->text().contains(QStringLiteral("Not saved")));
    qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("proposal")))->clear();
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("proposal")), QStringLiteral("150,000,000,000"));
    QVERIFY(editor->issueText(QStringLiteral("proposal")).isEmpty());
    // The amount reads in words beside the digits.
    auto* reading = editor->findChild<QLabel*>(QStringLiteral("reading_proposal"));
    QVERIFY2(reading->text().contains(QStringLiteral("150")), qPrintable(reading->text()));
    // Executed above enacted without the flag is an error on "executed", named at once.
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("enacted")), QStringLiteral("100"));
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("executed")), QStringLiteral("200"));
    QVERIFY(!editor->issueText(QStringLiteral("executed")).isEmpty());
    qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("executed")))->clear();
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("executed")), QStringLiteral("50"));
    QVERIFY(editor->issueText(QStringLiteral("executed")).isEmpty());
    QVERIFY(editor->save());
    auto saved = page->model()->store()->get(editor->recordId());
    QVERIFY(saved);
    QCOMPARE(saved->fields.value(QStringLiteral("proposal")).toInteger(), 150'000'000'000LL);
    QCOMPARE(saved->fields.value(QStringLiteral("fiscal_year")).toInteger(), 2026);

    // A required field emptied on a stored record is named at once.
    qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("name_ko")))->clear();
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("name_ko")), QStringLiteral("x"));
    QTest::keyClick(editor->fieldWidget(QStringLiteral("name_ko")), Qt::Key_Backspace);
    QVERIFY(!editor->issueText(QStringLiteral("name_ko")).isEmpty());
    QVERIFY(!editor->canSave());
    editor->revert();
    QVERIFY(!editor->isDirty());
    QCOMPARE(qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("name_ko")))->text(),
             QStringLiteral("시범 사업"));
}

void TestRecordEditor::undoTouchesOnlyTheFieldsItChanged()
{
    const QString path = makeVault(QStringLiteral("fields.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    RecordListPage* page = window.recordPage(QStringLiteral("milestone"));
    RecordStore& store = *page->model()->store();
    auto milestones = store.list({QStringLiteral("milestone")});
    QVERIFY(milestones && !milestones->isEmpty());
    const QString id = milestones->first().id;
    QVERIFY(window.openRecord(QStringLiteral("milestone"), id));
    RecordEditor* editor = page->editor();
    auto* title = qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("title")));
    const QString oldTitle = title->text();
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Renamed milestone"));
    QVERIFY(editor->save());
    // Meanwhile another change (say, from an imported bundle) sets the status.
    QJsonObject fields = store.get(id)->fields;
    fields.insert(QStringLiteral("status"), QStringLiteral("done"));
    QVERIFY(store.put(QStringLiteral("milestone"), id, fields));
    window.undoStack()->undo();
    auto after = store.get(id);
    QCOMPARE(after->fields.value(QStringLiteral("title")).toString(), oldTitle);
    QCOMPARE(after->fields.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    // Each step is logged as a change, so sync carries undo and redo like any edit.
    auto changes = store.changes(id);
    QVERIFY(changes);
    int titleChanges = 0;
    for (const ChangeEntry& change : *changes) {
        titleChanges += change.field == QLatin1String("title");
    }
    QCOMPARE(titleChanges, 3); // created, renamed, renamed back
}

void TestRecordEditor::deleteAndUndoBringsTheRecordBack()
{
    const QString path = makeVault(QStringLiteral("delete.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    RecordListPage* page = window.recordPage(QStringLiteral("partnership"));
    RecordStore& store = *page->model()->store();
    const int before = page->model()->rowCount();
    const QString id = page->model()->index(0, 0).data(RecordTableModel::IdRole).toString();
    const QJsonObject fields = store.get(id)->fields;
    QVERIFY(window.openRecord(QStringLiteral("partnership"), id));
    QVERIFY(action(window, "deleteRecordAction")->isEnabled());
    action(window, "deleteRecordAction")->trigger();
    QVERIFY(store.get(id)->deleted);
    QTRY_COMPARE(page->model()->rowCount(), before - 1);
    QVERIFY(page->editor()->recordId().isEmpty());
    action(window, "undoAction")->trigger();
    QVERIFY(!store.get(id)->deleted);
    QCOMPARE(store.get(id)->fields, fields);
    QTRY_COMPARE(page->model()->rowCount(), before);
    auto changes = store.changes(id);
    QCOMPARE(changes->last().field, QStringLiteral("~deleted"));
    QCOMPARE(changes->last().value, QJsonValue(false));
}

void TestRecordEditor::ministryEditsOnlyWhatItsRoleAllows()
{
    const QString path = makeVault(QStringLiteral("msit.otvault"), QStringLiteral("ministry:MSIT"));
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    RecordListPage* page = window.recordPage(QStringLiteral("action"));
    RecordStore& store = *page->model()->store();
    QString own;
    QString other;
    for (const StoredRecord& record : store.list({QStringLiteral("action")}).value()) {
        const QString owner = record.fields.value(QStringLiteral("owner_ministry")).toString();
        (owner == SampleDataset::idOf(QStringLiteral("ministry:MSIT")) ? own : other) = record.id;
    }
    QVERIFY(!own.isEmpty() && !other.isEmpty());
    QVERIFY(window.openRecord(QStringLiteral("action"), own));
    RecordEditor* editor = page->editor();
    // Status, progress and evidence are open to MSIT; the description is not.
    QVERIFY(qobject_cast<QPlainTextEdit*>(editor->fieldWidget(QStringLiteral("description")))->isReadOnly());
    QVERIFY(!qobject_cast<QPlainTextEdit*>(editor->fieldWidget(QStringLiteral("evidence")))->isReadOnly());
    QVERIFY(!qobject_cast<QSpinBox*>(editor->fieldWidget(QStringLiteral("progress")))->isReadOnly());
    QVERIFY(!editor->fieldWidget(QStringLiteral("owner_ministry"))->isEnabled());
    QVERIFY(!action(window, "deleteRecordAction")->isEnabled());
    QVERIFY(!action(window, "newRecordAction")->isEnabled());
    QTest::keyClicks(editor->fieldWidget(QStringLiteral("evidence")), QStringLiteral("Catalogue published"));
    QVERIFY(editor->save());
    QVERIFY(store.get(own)
                ->fields.value(QStringLiteral("evidence"))
                .toString()
                .contains(QStringLiteral("Catalogue published")));

    // Another ministry's action: nothing is editable, and the editor says why.
    QVERIFY(window.openRecord(QStringLiteral("action"), other));
    QVERIFY(qobject_cast<QPlainTextEdit*>(editor->fieldWidget(QStringLiteral("evidence")))->isReadOnly());
    auto* banner = editor->findChild<QLabel*>(QStringLiteral("editorBanner"));
    QVERIFY(banner->text().contains(QStringLiteral("Read only")));
}

void TestRecordEditor::auditorReadsOnly()
{
    const QString path = makeVault(QStringLiteral("auditor.otvault"), QStringLiteral("auditor"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    RecordListPage* page = window.recordPage(QStringLiteral("budget"));
    const QString id = page->model()->index(0, 0).data(RecordTableModel::IdRole).toString();
    QVERIFY(window.openRecord(QStringLiteral("budget"), id));
    QVERIFY(!action(window, "newRecordAction")->isEnabled());
    QVERIFY(!action(window, "deleteRecordAction")->isEnabled());
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("newRecord"))->isEnabled());
    for (const char* field : {"name_ko", "executed"}) {
        QVERIFY(qobject_cast<QLineEdit*>(page->editor()->fieldWidget(QLatin1String(field)))->isReadOnly());
    }
    auto* banner = page->editor()->findChild<QLabel*>(QStringLiteral("editorBanner"));
    QVERIFY(banner->text().contains(QStringLiteral("auditor")));
    // Even a forced save changes nothing: the service below the editor refuses.
    const QJsonObject before = page->model()->store()->get(id)->fields;
    auto* name = qobject_cast<QLineEdit*>(page->editor()->fieldWidget(QStringLiteral("name_ko")));
    name->setText(QStringLiteral("changed"));
    emit name->textEdited(name->text());
    QVERIFY(!page->editor()->save());
    QCOMPARE(page->model()->store()->get(id)->fields, before);
}

void TestRecordEditor::ministriesWithoutCaioStandOut()
{
    const QString path = makeVault(QStringLiteral("caio.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    RecordListPage* ministries = window.recordPage(QStringLiteral("ministry"));
    RecordTableModel* model = ministries->model();
    const auto rowOf = [model](const QString& id) { return model->rowOf(id); };
    QVERIFY(rowOf(SampleDataset::idOf(QStringLiteral("ministry:MOE"))) >= 0);
    QVERIFY(model->index(rowOf(SampleDataset::idOf(QStringLiteral("ministry:MOE"))), 0)
                .data(RecordTableModel::AttentionRole)
                .toBool());
    // The committee names no CAIO and is not flagged.
    QVERIFY(!model->index(rowOf(SampleDataset::idOf(QStringLiteral("ministry:NAISC"))), 0)
                 .data(RecordTableModel::AttentionRole)
                 .toBool());

    // The CAIO page names the vacancies, and appointing one through the editor clears MOE.
    QVERIFY(window.showPage(QStringLiteral("caios")));
    RecordListPage* caios = window.recordPage(QStringLiteral("caio"));
    auto* notice = caios->findChild<QLabel*>(QStringLiteral("pageNotice"));
    QVERIFY(notice->isVisibleTo(caios));
    QVERIFY(notice->text().startsWith(QStringLiteral("19 ministries")) ||
            notice->text().startsWith(QStringLiteral("19 ministry")));
    QVERIFY(notice->text().contains(QStringLiteral("MOE")));
    caios->newRecord();
    RecordEditor* editor = caios->editor();
    choose(editor->fieldWidget(QStringLiteral("ministry")),
           SampleDataset::idOf(QStringLiteral("ministry:MOE")));
    auto* rank = qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("rank")));
    QTest::keyClick(rank, Qt::Key_Down);
    auto* status = qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("status")));
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(status->currentData().toString(), QStringLiteral("active"));
    QVERIFY(editor->save());
    QTRY_VERIFY(!model->index(rowOf(SampleDataset::idOf(QStringLiteral("ministry:MOE"))), 0)
                     .data(RecordTableModel::AttentionRole)
                     .toBool());
    QTRY_VERIFY(notice->text().startsWith(QStringLiteral("18")));
    QVERIFY(!notice->text().contains(QStringLiteral("MOE,")));

    // A second active CAIO for MOE is refused under the status field, before saving.
    caios->newRecord();
    choose(editor->fieldWidget(QStringLiteral("ministry")),
           SampleDataset::idOf(QStringLiteral("ministry:MOE")));
    QTest::keyClick(rank, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Down);
    QVERIFY(editor->issueText(QStringLiteral("status")).contains(QStringLiteral("active CAIO already")));
    QVERIFY(!editor->canSave());
}

void TestRecordEditor::indicatorHasAnEnglishNameAndUnit()
{
    const QString path = makeVault(QStringLiteral("indicator.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.resize(1400, 900);
    window.show();
    const QString id = SampleDataset::idOf(QStringLiteral("indicator:gpu"));
    QVERIFY(window.openRecord(QStringLiteral("indicator"), id));
    RecordEditor* editor = window.recordPage(QStringLiteral("indicator"))->editor();
    QApplication::processEvents();
    auto* name = qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("name")));
    auto* nameEn = qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("name_en")));
    auto* unitEn = qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("unit_en")));
    QVERIFY(name && nameEn && unitEn);
    QCOMPARE(name->text(), QStringLiteral("GPU 확보량"));
    // Values read as on the dashboard, with thousands separators, and are not "changed" by it.
    auto* targets = qobject_cast<QTableWidget*>(editor->fieldWidget(QStringLiteral("targets")));
    QVERIFY(targets);
    QCOMPARE(targets->item(targets->rowCount() - 1, 1)->text(), QStringLiteral("200,000"));
    QVERIFY(!editor->isDirty());
    QCOMPARE(nameEn->text(), QStringLiteral("GPUs secured"));
    QCOMPARE(unitEn->text(), QStringLiteral("GPUs"));
    // Typed and saved like any other field.
    unitEn->clear();
    QTest::keyClicks(unitEn, QStringLiteral("GPU cards"));
    QVERIFY(editor->save());
    RecordStore& store = *window.recordPage(QStringLiteral("indicator"))->model()->store();
    QCOMPARE(store.get(id)->fields.value(QStringLiteral("unit_en")).toString(), QStringLiteral("GPU cards"));
}

void TestRecordEditor::tablesInTheFormFitTheirHeadings()
{
    const QString path = makeVault(QStringLiteral("tables.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.resize(1400, 900);
    window.show();
    QVERIFY(
        window.openRecord(QStringLiteral("indicator"), SampleDataset::idOf(QStringLiteral("indicator:gpu"))));
    RecordEditor* editor = window.recordPage(QStringLiteral("indicator"))->editor();
    QApplication::processEvents();
    // A point's date column is at least as wide as its heading, which used to be cut off.
    auto* targets = qobject_cast<QTableWidget*>(editor->fieldWidget(QStringLiteral("targets")));
    QVERIFY(targets);
    QHeaderView* header = targets->horizontalHeader();
    const QString heading = targets->horizontalHeaderItem(0)->text();
    QVERIFY(heading.contains(QStringLiteral("YYYY-MM-DD")));
    QVERIFY2(header->sectionSize(0) >= header->fontMetrics().horizontalAdvance(heading),
             qPrintable(QString::number(header->sectionSize(0))));
    // A task force's deliverables: the title takes the room, the due date fits its heading.
    QVERIFY(window.openRecord(QStringLiteral("taskforce"),
                              SampleDataset::idOf(QStringLiteral("taskforce:education"))));
    QApplication::processEvents();
    auto* deliverables = qobject_cast<QTableWidget*>(window.recordPage(QStringLiteral("taskforce"))
                                                         ->editor()
                                                         ->fieldWidget(QStringLiteral("deliverables")));
    QVERIFY(deliverables);
    QHeaderView* columns = deliverables->horizontalHeader();
    QVERIFY(columns->sectionSize(1) >=
            columns->fontMetrics().horizontalAdvance(deliverables->horizontalHeaderItem(1)->text()));
    QVERIFY2(columns->sectionSize(0) > columns->sectionSize(1) &&
                 columns->sectionSize(0) > columns->sectionSize(2),
             qPrintable(QStringLiteral("%1 %2 %3")
                            .arg(columns->sectionSize(0))
                            .arg(columns->sectionSize(1))
                            .arg(columns->sectionSize(2))));
    // A deliverable's status list shows whole.
    QPushButton* add = nullptr;
    for (QPushButton* button : deliverables->parentWidget()->findChildren<QPushButton*>()) {
        add = button->text() == QLatin1String("Add deliverable") ? button : add;
    }
    QVERIFY(add);
    add->click();
    QApplication::processEvents();
    QCOMPARE(deliverables->rowCount(), 1);
    auto* status = qobject_cast<QComboBox*>(deliverables->cellWidget(0, 2));
    QVERIFY(status);
    QVERIFY2(
        columns->sectionSize(2) >= status->sizeHint().width(),
        qPrintable(QStringLiteral("%1 < %2").arg(columns->sectionSize(2)).arg(status->sizeHint().width())));
}

// A newer version's deliverable status and the keys it adds to a deliverable or a point
// are shown as they are, do not count as changes, do not stop a save, and are kept by it.
void TestRecordEditor::keepsValuesAndRowKeysItCannotShow()
{
    const QString path = makeVault(QStringLiteral("rows.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.resize(1400, 900);
    window.show();
    RecordStore& store = *window.recordPage(QStringLiteral("taskforce"))->model()->store();
    const QString id = SampleDataset::idOf(QStringLiteral("taskforce:education"));
    QJsonObject newer = store.get(id)->fields;
    const QJsonArray deliverables{QJsonObject{{QStringLiteral("title"), QStringLiteral("교원 연수 과정")},
                                              {QStringLiteral("due"), QStringLiteral("2026-03-31")},
                                              {QStringLiteral("status"), QStringLiteral("blocked")},
                                              {QStringLiteral("owner"), QStringLiteral("MOE")}},
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("AI 소양 교재")},
                                              {QStringLiteral("status"), QStringLiteral("planned")},
                                              {QStringLiteral("reviewed"), true}},
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("지역 순회 설명회")}},
                                  QJsonValue(QStringLiteral("a row a newer version writes as text"))};
    newer.insert(QStringLiteral("deliverables"), deliverables);
    QVERIFY(store.put(QStringLiteral("taskforce"), id, newer));
    QVERIFY(window.openRecord(QStringLiteral("taskforce"), id));
    RecordEditor* editor = window.recordPage(QStringLiteral("taskforce"))->editor();
    QApplication::processEvents();
    QVERIFY(!editor->isDirty());
    auto* table = qobject_cast<QTableWidget*>(editor->fieldWidget(QStringLiteral("deliverables")));
    QVERIFY(table);
    auto* status = qobject_cast<QComboBox*>(table->cellWidget(0, 2));
    QVERIFY(status);
    QCOMPARE(status->currentData().toString(), QStringLiteral("blocked"));
    QCOMPARE(qobject_cast<QComboBox*>(table->cellWidget(1, 2))->currentData().toString(),
             QStringLiteral("planned"));
    QCOMPARE(qobject_cast<QComboBox*>(table->cellWidget(2, 2))->currentData().toString(), QString()); // none
    // Told, as a warning.
    QVERIFY2(editor->issueText(QStringLiteral("deliverables")).contains(QStringLiteral("keeps it as it is")),
             qPrintable(editor->issueText(QStringLiteral("deliverables"))));

    auto* mandate = qobject_cast<QPlainTextEdit*>(editor->fieldWidget(QStringLiteral("mandate")));
    QVERIFY(mandate);
    mandate->setFocus();
    QTest::keyClick(mandate, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(mandate, QStringLiteral(" 2026"));
    QVERIFY(editor->isDirty());
    QVERIFY(editor->save());
    QCOMPARE(store.get(id)->fields.value(QStringLiteral("deliverables")).toArray(), deliverables);

    // Editing a row keeps the keys it does not show; a new row has only the shown ones.
    table->item(1, 0)->setText(QStringLiteral("AI 소양 교재 (개정)"));
    QVERIFY(editor->isDirty());
    QVERIFY(editor->save());
    const QJsonArray saved = store.get(id)->fields.value(QStringLiteral("deliverables")).toArray();
    QCOMPARE(saved.size(), 4);
    QCOMPARE(saved.at(2), deliverables.at(2));
    QCOMPARE(saved.at(3), deliverables.at(3));
    QCOMPARE(saved.at(0).toObject(), deliverables.at(0).toObject());
    QCOMPARE(saved.at(1).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("AI 소양 교재 (개정)"));
    QCOMPARE(saved.at(1).toObject().value(QStringLiteral("reviewed")), QJsonValue(true));

    // An indicator point's extra key, the same way.
    RecordStore& indicators = *window.recordPage(QStringLiteral("indicator"))->model()->store();
    const QString gpu = SampleDataset::idOf(QStringLiteral("indicator:gpu"));
    QJsonObject withSource = indicators.get(gpu)->fields;
    QJsonArray targets = withSource.value(QStringLiteral("targets")).toArray();
    QVERIFY(!targets.isEmpty());
    QJsonObject first = targets.at(0).toObject();
    first.insert(QStringLiteral("source"), QStringLiteral("AI action plan"));
    targets.replace(0, first);
    targets.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2028-12-31")}}); // no value yet
    withSource.insert(QStringLiteral("targets"), targets);
    QVERIFY(indicators.put(QStringLiteral("indicator"), gpu, withSource));
    QVERIFY(window.openRecord(QStringLiteral("indicator"), gpu));
    RecordEditor* indicatorEditor = window.recordPage(QStringLiteral("indicator"))->editor();
    QApplication::processEvents();
    QVERIFY(!indicatorEditor->isDirty());
    auto* unitEn = qobject_cast<QLineEdit*>(indicatorEditor->fieldWidget(QStringLiteral("unit_en")));
    QVERIFY(unitEn);
    QTest::keyClicks(unitEn, QStringLiteral("s"));
    QVERIFY(indicatorEditor->save());
    QCOMPARE(indicators.get(gpu)->fields.value(QStringLiteral("targets")).toArray(), targets);
}

void TestRecordEditor::switchingEditabilityIsNoEdit()
{
    // A checklist of records (a resolution's cooperating ministries) reports a change of its
    // items' flags as itemChanged. Before, making the form read-only or editable revalidated
    // the whole record once per item listed: thousands of times when a large vault opened.
    const QString path = makeVault(QStringLiteral("editable.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    auto vault = Vault::open(path, secret("p"), cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    const RecordType* type = RecordType::find(QStringLiteral("resolution"));
    QVERIFY(type);
    const auto spec = std::find_if(type->fields.begin(), type->fields.end(), [](const FieldSpec& field) {
        return field.kind == FieldSpec::Kind::ReferenceList && qstrcmp(field.refType, "ministry") == 0;
    });
    QVERIFY(spec != type->fields.end());
    QWidget parent;
    auto control = FieldControl::create(*spec, &parent);
    control->setStore(&store);
    auto* list = qobject_cast<QListWidget*>(control->widget());
    QVERIFY(list && list->count() > 10);
    int changes = 0;
    control->onChanged = [&changes] { ++changes; };
    control->setEditable(false);
    control->setEditable(true);
    QCOMPARE(changes, 0);
    // Ticking a ministry is an edit.
    list->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(changes, 1);
    QCOMPARE(control->value().toArray().size(), 1);
}

QTEST_MAIN(TestRecordEditor)
#include "tst_record_editor.moc"

// A record holding a field from a newer version of OneTeam (received by sync): the form
// says so, is not "changed" for it, and a save keeps it.
void TestRecordEditor::keepsFieldsItCannotShow()
{
    const QString path = makeVault(QStringLiteral("newer.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.resize(1400, 900);
    window.show();
    RecordStore& store = *window.recordPage(QStringLiteral("indicator"))->model()->store();
    const QString id = SampleDataset::idOf(QStringLiteral("indicator:gpu"));
    QJsonObject newer = store.get(id)->fields;
    newer.insert(QStringLiteral("name_ja"), QStringLiteral("GPU確保数"));
    QVERIFY(store.put(QStringLiteral("indicator"), id, newer));
    QVERIFY(window.openRecord(QStringLiteral("indicator"), id));
    RecordEditor* editor = window.recordPage(QStringLiteral("indicator"))->editor();
    QApplication::processEvents();
    auto* note = editor->findChild<QLabel*>(QStringLiteral("unknownFields"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("name_ja")), qPrintable(note->text()));
    QVERIFY(!editor->isDirty());

    auto* unitEn = qobject_cast<QLineEdit*>(editor->fieldWidget(QStringLiteral("unit_en")));
    QVERIFY(unitEn);
    unitEn->clear();
    QTest::keyClicks(unitEn, QStringLiteral("GPU cards"));
    QVERIFY(editor->isDirty());
    QVERIFY(editor->save());
    const QJsonObject stored = store.get(id)->fields;
    QCOMPARE(stored.value(QStringLiteral("unit_en")).toString(), QStringLiteral("GPU cards"));
    QCOMPARE(stored.value(QStringLiteral("name_ja")).toString(), QStringLiteral("GPU確保数"));

    // A record without such fields shows no note.
    QVERIFY(window.openRecord(QStringLiteral("taskforce"),
                              SampleDataset::idOf(QStringLiteral("taskforce:education"))));
    QApplication::processEvents();
    RecordEditor* other = window.recordPage(QStringLiteral("taskforce"))->editor();
    QVERIFY(!other->findChild<QLabel*>(QStringLiteral("unknownFields"))->isVisible());
}

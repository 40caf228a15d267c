#include "RecordEditor.h"

#include "KeyboardAccess.h"

#include "Theme.h"

#include "FieldControls.h"
#include "RecordLabels.h"
#include "RecordService.h"
#include "RecordUndo.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oneteam {

namespace {

constexpr int kRelatedShown = 50; // per group; the list page finds the rest
constexpr int kIdRole = Qt::UserRole;
constexpr int kTypeRole = Qt::UserRole + 1;

QString issueStyle(FieldIssue::Severity severity)
{
    const QPalette palette = QApplication::palette();
    const QColor color =
        severity == FieldIssue::Severity::Error ? Theme::alert(palette) : Theme::warning(palette);
    return QStringLiteral("color: %1;").arg(color.name());
}

} // namespace

RecordEditor::RecordEditor(const RecordType& type, QWidget* parent)
    : QWidget(parent)
    , m_type(type)
    , m_heading(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_unknown(new QLabel(this))
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_empty(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_history(new QPushButton(this))
    , m_relatedTitle(new QLabel(this))
    , m_related(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("recordEditor"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("editorHeading"));
    m_heading->setWordWrap(true);
    m_badge->setObjectName(QStringLiteral("sampleBadge"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #6b4e00; border: 1px solid "
                                          "#e0c36a; border-radius: 8px; padding: 1px 8px; }"));
    m_badge->hide();
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_unknown->setObjectName(QStringLiteral("unknownFields"));
    m_unknown->setWordWrap(true);
    m_unknown->setTextFormat(Qt::PlainText);
    m_unknown->hide();
    m_empty->setObjectName(QStringLiteral("editorEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_save->setObjectName(QStringLiteral("saveRecord"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertRecord"));
    m_delete->setObjectName(QStringLiteral("deleteRecord"));
    m_history->setObjectName(QStringLiteral("recordHistory"));
    m_related->setObjectName(QStringLiteral("related"));
    m_related->setHeaderHidden(true);
    m_related->setRootIsDecorated(true);
    m_related->setMinimumHeight(120);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_formLayout->setVerticalSpacing(4);

    buildForm();

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_heading, 1);
    heading->addWidget(m_badge, 0, Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_history);
    buttons->addWidget(m_delete);
    // The heading and the buttons stay in view; the form and the links scroll.
    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 4, 0);
    bodyLayout->addWidget(m_form);
    bodyLayout->addWidget(m_relatedTitle);
    bodyLayout->addWidget(m_related, 1);
    m_form->setParent(body);
    m_relatedTitle->setParent(body);
    m_related->setParent(body);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    m_scroll = scroll;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_unknown);
    layout->addLayout(buttons);
    layout->addWidget(m_empty, 1);
    layout->addWidget(scroll, 1);

    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &RecordEditor::deleteRecord);
    connect(m_history, &QPushButton::clicked, this,
            [this] { emit showHistory(QLatin1String(m_type.name), m_id); });
    connect(m_related, &QTreeWidget::itemActivated, this, &RecordEditor::openRelated);

    retranslate();
    showRecord({});
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::buildForm()
{
    for (const FieldSpec& spec : m_type.fields) {
        auto control = FieldControl::create(spec, m_form);
        const QString name = QLatin1String(spec.name);
        control->onChanged = [this, name] { onFieldChanged(name); };
        control->onOpen = [this](const QString& type, const QString& id) { emit openRecord(type, id); };
        auto* title = new QLabel(m_form);
        title->setObjectName(QStringLiteral("title_") + name);
        title->setBuddy(control->focusWidget());
        auto* issue = new QLabel(m_form);
        issue->setObjectName(QStringLiteral("issue_") + name);
        issue->setWordWrap(true);
        issue->hide();
        auto* cell = new QWidget(m_form);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(1);
        cellLayout->addWidget(control->widget());
        cellLayout->addWidget(issue);
        m_formLayout->addRow(title, cell);
        m_controls.push_back(std::move(control));
    }
    // Reading order: the buttons above, the fields, then the records linked below them.
    QWidget::setTabOrder(lastInTabChain(m_form), m_related);
}

void RecordEditor::setContext(const RecordEditContext& context)
{
    disconnect(m_storeConnection);
    m_context = context;
    if (m_context.service) {
        m_storeConnection = connect(m_context.service->store().events(), &RecordEvents::changed, this,
                                    &RecordEditor::onStoreChanged);
    }
    refreshChoices();
    showRecord({});
}

void RecordEditor::refreshChoices()
{
    const RecordStore* store = m_context.service ? &m_context.service->store() : nullptr;
    m_loading = true;
    for (const auto& control : m_controls) {
        control->setStore(store);
    }
    m_loading = false;
}

void RecordEditor::showRecord(const QString& requested)
{
    const QString id = requested; // may be m_id itself, which is cleared below
    m_id.clear();
    m_creating = false;
    m_attempted = false;
    m_touched.clear();
    m_original = {};
    m_banner->hide();
    if (m_context.service && !id.isEmpty()) {
        auto record = m_context.service->store().get(id);
        if (record && !record->deleted && record->type == QLatin1String(m_type.name)) {
            m_id = id;
            m_original = record->fields;
        } else if (record && record->deleted) {
            showBanner(tr("This record was deleted."), false);
        }
    }
    load(m_original);
    updateEditable();
    refreshRelated();
    validate();
    retranslate();
}

void RecordEditor::startNew()
{
    if (!m_context.service) {
        return;
    }
    showRecord({});
    m_creating = true;
    // A ministry's new record (its CAIO) belongs to its own ministry.
    QJsonObject preset;
    const QString own = m_context.service->ownMinistry();
    if (!own.isEmpty() && m_type.field(QStringLiteral("ministry"))) {
        preset.insert(QStringLiteral("ministry"), own);
    }
    m_original = preset;
    load(preset);
    updateEditable();
    refreshRelated();
    validate();
    retranslate();
    for (const auto& control : m_controls) {
        if (control->focusWidget()->isEnabled()) {
            control->focusWidget()->setFocus();
            break;
        }
    }
}

void RecordEditor::load(const QJsonObject& fields)
{
    m_loading = true;
    for (const auto& control : m_controls) {
        control->setValue(fields.value(QLatin1String(control->spec().name)));
    }
    m_loading = false;
    const bool sample = fields.value(QStringLiteral("sample")).toBool();
    m_badge->setVisible(sample);
    m_unknown->setVisible(!m_type.unknownFields(fields).isEmpty());
}

QJsonObject RecordEditor::shownOriginal() const
{
    QJsonObject shown = m_original;
    for (const QString& name : m_type.unknownFields(m_original)) {
        shown.remove(name);
    }
    return shown;
}

QJsonObject RecordEditor::fields() const
{
    QJsonObject result;
    for (const auto& control : m_controls) {
        const QJsonValue value = control->value();
        if (!value.isUndefined()) {
            result.insert(QLatin1String(control->spec().name), value);
        }
    }
    return result;
}

bool RecordEditor::isDirty() const
{
    return (m_creating || !m_id.isEmpty()) && fields() != shownOriginal();
}

QWidget* RecordEditor::fieldWidget(const QString& field) const
{
    for (const auto& control : m_controls) {
        if (QLatin1String(control->spec().name) == field) {
            return control->focusWidget();
        }
    }
    return nullptr;
}

QString RecordEditor::issueText(const QString& field) const
{
    auto* label = m_form->findChild<QLabel*>(QStringLiteral("issue_") + field);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordEditor::onFieldChanged(const QString& field)
{
    if (m_loading) {
        return;
    }
    m_touched.insert(field);
    if (field == QLatin1String("sample")) {
        m_badge->setVisible(fields().value(QStringLiteral("sample")).toBool());
    }
    validate();
}

void RecordEditor::validate()
{
    QHash<QString, QList<FieldIssue>> byField;
    if (m_context.service && (m_creating || !m_id.isEmpty())) {
        for (const FieldIssue& issue : m_context.service->check(m_type, fields(), m_id)) {
            byField[issue.field].append(issue);
        }
    }
    for (const auto& control : m_controls) {
        const QString name = QLatin1String(control->spec().name);
        auto* label = m_form->findChild<QLabel*>(QStringLiteral("issue_") + name);
        const QList<FieldIssue> issues = byField.value(name);
        // Errors show once the field was touched or a save was tried; a new record does not
        // open covered in "required". Warnings show at once.
        QStringList lines;
        FieldIssue::Severity worst = FieldIssue::Severity::Warning;
        const bool showErrors = m_attempted || m_touched.contains(name) || !m_creating;
        for (const FieldIssue& issue : issues) {
            if (issue.severity == FieldIssue::Severity::Error) {
                if (!showErrors) {
                    continue;
                }
                worst = FieldIssue::Severity::Error;
            }
            lines << issue.message;
        }
        label->setText(lines.join(QLatin1Char('\n')));
        label->setStyleSheet(issueStyle(worst));
        label->setVisible(!lines.isEmpty());
        // Screen readers hear the problem with the field.
        control->focusWidget()->setAccessibleDescription(lines.join(QLatin1Char(' ')));
    }
    updateButtons();
}

bool RecordEditor::canSave() const
{
    if (!m_context.service || !isDirty()) {
        return false;
    }
    return !RecordValidator::hasErrors(m_context.service->check(m_type, fields(), m_id));
}

void RecordEditor::updateButtons()
{
    const bool showing = m_creating || !m_id.isEmpty();
    const bool dirty = isDirty();
    m_save->setEnabled(showing && dirty && m_context.service);
    m_revert->setEnabled(dirty);
    m_delete->setEnabled(!m_id.isEmpty() && m_context.service &&
                         m_context.service->mayDelete(m_type, m_original));
    emit stateChanged();
}

void RecordEditor::updateEditable()
{
    const bool showing = m_creating || !m_id.isEmpty();
    m_scroll->setVisible(showing);
    m_empty->setVisible(!showing);
    m_save->setVisible(showing);
    m_revert->setVisible(showing);
    m_delete->setVisible(showing && !m_creating);
    m_history->setVisible(showing && !m_creating);
    bool anyEditable = false;
    for (const auto& control : m_controls) {
        const bool editable =
            m_context.service &&
            m_context.service->mayEdit(m_type, m_original, QLatin1String(control->spec().name), m_creating);
        control->setEditable(editable);
        anyEditable = anyEditable || editable;
    }
    if (showing && m_context.service && !anyEditable) {
        showBanner(
            m_context.service->readOnly()
                ? tr("Read only: this vault's role (%1) changes nothing.").arg(m_context.service->role())
                : tr("Read only: this vault's role (%1) does not change this record.")
                      .arg(m_context.service->role()),
            false);
    }
}

void RecordEditor::showBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde7ea; color: #8a0018; "
                                                   "border-radius: 4px; padding: 6px; }")
                                  : QStringLiteral("QLabel { background: palette(alternate-base); "
                                                   "border-radius: 4px; padding: 6px; }"));
    m_banner->setVisible(!text.isEmpty());
}

bool RecordEditor::save()
{
    if (!m_context.service || !(m_creating || !m_id.isEmpty())) {
        return false;
    }
    m_attempted = true;
    validate();
    if (!isDirty()) {
        return true;
    }
    QJsonObject given = fields();
    if (!m_id.isEmpty()) {
        given.insert(QStringLiteral("id"), m_id);
    }
    auto result = m_context.service->put(QLatin1String(m_type.name), given);
    if (const auto* error = std::get_if<RecordError>(&result)) {
        showBanner(error->kind == RecordError::Kind::Invalid ? tr("Not saved: correct the marked fields.")
                                                             : tr("Not saved: %1").arg(error->message),
                   true);
        return false;
    }
    const QString id = std::get<RecordService::Saved>(result).id;
    std::optional<QJsonObject> before;
    if (!m_creating) {
        before = m_original;
    }
    QJsonObject after = fields();
    if (auto stored = m_context.service->store().get(id)) {
        after = stored->fields;
    }
    pushEdit(id, before, after);
    showRecord(id);
    emit saved(id);
    return true;
}

void RecordEditor::pushEdit(const QString& id, const std::optional<QJsonObject>& before,
                            const std::optional<QJsonObject>& after)
{
    if (!m_context.undo) {
        return;
    }
    m_context.undo->push(new RecordEdit(*m_context.service, QLatin1String(m_type.name), id, before, after,
                                        [report = m_context.report](const RecordError& error) {
                                            if (report) {
                                                report(error.message);
                                            }
                                        }));
}

void RecordEditor::revert()
{
    if (m_creating) {
        showRecord({});
        emit stateChanged();
        return;
    }
    showRecord(m_id);
}

bool RecordEditor::deleteRecord()
{
    if (!m_context.service || m_id.isEmpty()) {
        return false;
    }
    const QString id = m_id;
    const QJsonObject before = m_original;
    if (auto error = m_context.service->remove(QLatin1String(m_type.name), id)) {
        showBanner(tr("Not deleted: %1").arg(error->message), true);
        return false;
    }
    pushEdit(id, before, std::nullopt);
    showRecord({});
    emit deleted(id);
    return true;
}

void RecordEditor::onStoreChanged(const QString& type, const QString& id)
{
    Q_UNUSED(type)
    // Pickers follow the records they offer; the record shown follows an undo, a redo or
    // an import, unless the user is in the middle of changing it.
    QTimer::singleShot(0, this, [this, id] {
        if (!m_context.service) {
            return;
        }
        const bool dirty = isDirty();
        refreshChoices();
        if (id == m_id && !dirty) {
            showRecord(m_id);
            if (m_id.isEmpty()) {
                showBanner(tr("This record was deleted; Undo (Ctrl+Z) brings it back."), false);
            }
        } else if (!m_creating && !m_id.isEmpty() && !dirty) {
            refreshRelated();
        }
        updateButtons();
    });
}

void RecordEditor::refreshRelated()
{
    m_related->clear();
    const bool showing = !m_id.isEmpty() && m_context.service;
    m_related->setVisible(showing);
    m_relatedTitle->setVisible(showing);
    if (!showing) {
        return;
    }
    const RecordStore& store = m_context.service->store();
    const auto addGroup = [this](const QString& title, const QList<StoredRecord>& records, bool more) {
        auto* group = new QTreeWidgetItem(m_related);
        group->setText(0, more ? tr("%1 (more than %2)").arg(title).arg(kRelatedShown)
                               : tr("%1 (%2)").arg(title).arg(records.size()));
        group->setFlags(Qt::ItemIsEnabled);
        for (const StoredRecord& record : records) {
            auto* item = new QTreeWidgetItem(group);
            item->setText(0, RecordLabels::recordName(record));
            item->setData(0, kIdRole, record.id);
            item->setData(0, kTypeRole, record.type);
            if (record.type == QLatin1String("caio")) {
                // A CAIO is named by its person and rank, not by its ministry.
                const QString person = record.fields.value(QStringLiteral("person")).toString();
                QString name = RecordLabels::choice(record.fields.value(QStringLiteral("rank")).toString());
                if (auto who = m_context.service->store().get(person); who && !person.isEmpty()) {
                    name = RecordLabels::recordName(*who) + QStringLiteral(", ") + name;
                }
                item->setText(
                    0, name + QStringLiteral(" · ") +
                           RecordLabels::choice(record.fields.value(QStringLiteral("status")).toString()));
            }
        }
        group->setExpanded(true);
    };
    // What this record names…
    for (const FieldSpec& spec : m_type.fields) {
        if (spec.kind != FieldSpec::Kind::Reference && spec.kind != FieldSpec::Kind::ReferenceList) {
            continue;
        }
        const QJsonValue value = m_original.value(QLatin1String(spec.name));
        QStringList ids = value.isString() ? QStringList{value.toString()} : QStringList();
        for (const QJsonValue& item : value.toArray()) {
            ids << item.toString();
        }
        QList<StoredRecord> records;
        for (const QString& id : std::as_const(ids)) {
            if (auto record = store.get(id); record && !record->deleted) {
                records.append(*record);
            }
        }
        if (!records.isEmpty()) {
            addGroup(RecordLabels::field(QLatin1String(spec.name)), records, false);
        }
    }
    // …and what names it: a resolution's actions, a ministry's CAIO, actions and budget lines.
    for (const RecordType& other : RecordType::all()) {
        for (const FieldSpec& spec : other.fields) {
            const bool refers =
                (spec.kind == FieldSpec::Kind::Reference || spec.kind == FieldSpec::Kind::ReferenceList) &&
                (!spec.refType || QLatin1String(spec.refType) == QLatin1String(m_type.name));
            if (!refers) {
                continue;
            }
            ListQuery query{QLatin1String(other.name)};
            query.refField = QLatin1String(spec.name);
            query.refId = m_id;
            query.limit = kRelatedShown + 1;
            auto records = store.list(query);
            if (!records || records->isEmpty()) {
                continue;
            }
            const bool more = records->size() > kRelatedShown;
            if (more) {
                records->removeLast();
            }
            addGroup(other.translatedTitle() + QStringLiteral(" · ") +
                         RecordLabels::field(QLatin1String(spec.name)),
                     *records, more);
        }
    }
    if (m_related->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_related);
        none->setText(0, tr("No linked records."));
        none->setFlags(Qt::ItemIsEnabled);
    }
}

void RecordEditor::openRelated(QTreeWidgetItem* item)
{
    const QString id = item ? item->data(0, kIdRole).toString() : QString();
    if (!id.isEmpty()) {
        emit openRecord(item->data(0, kTypeRole).toString(), id);
    }
}

void RecordEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto& control : m_controls) {
            control->retranslate();
        }
        retranslate();
        validate();
        refreshRelated();
    }
    QWidget::changeEvent(event);
}

void RecordEditor::retranslate()
{
    m_scroll->setAccessibleName(tr("Fields of the record"));
    for (const auto& control : m_controls) {
        const QString name = QLatin1String(control->spec().name);
        const QString title = RecordLabels::field(name);
        auto* label = m_form->findChild<QLabel*>(QStringLiteral("title_") + name);
        label->setText(control->spec().required ? title + QStringLiteral(" *") : title);
        control->setAccessibleName(title);
    }
    if (m_creating) {
        m_heading->setText(tr("New %1").arg(m_type.translatedTitle()));
    } else if (!m_id.isEmpty()) {
        StoredRecord shown{m_id, QLatin1String(m_type.name), {}, false, m_original};
        QString heading = RecordLabels::recordName(shown);
        const FieldSpec* label = m_type.field(QLatin1String(m_type.labelField));
        if (label && label->kind == FieldSpec::Kind::Reference && m_context.service) {
            // Named by what it refers to (a CAIO by its ministry).
            if (auto named = m_context.service->store().get(heading)) {
                heading = m_type.translatedTitle() + QStringLiteral(": ") + RecordLabels::recordName(*named);
            }
        }
        m_heading->setText(heading);
    } else {
        m_heading->setText(m_type.translatedTitle());
    }
    m_badge->setText(tr("Sample"));
    m_unknown->setText(
        tr("This record also holds fields from a newer version of OneTeam (%1). This version cannot show "
           "them; saving keeps them as they are.")
            .arg(m_type.unknownFields(m_original).join(QStringLiteral(", "))));
    m_badge->setToolTip(tr("Illustrative record: the facts are silent here (marked 'sample')."));
    m_empty->setText(m_context.service ? tr("Choose a record in the list, or create one with New (Ctrl+N).")
                                       : tr("Open or unlock a vault to see its records."));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the record (Ctrl+S)"));
    m_revert->setText(tr("Revert"));
    m_delete->setText(tr("Delete"));
    m_history->setText(tr("History"));
    m_history->setToolTip(tr("Every change to this record, from the audit log"));
    m_relatedTitle->setText(tr("Linked records"));
    m_related->setAccessibleName(tr("Linked records"));
}

} // namespace oneteam

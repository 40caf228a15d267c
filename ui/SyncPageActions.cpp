// What the Sync page does when asked: save or trust a site card, distrust a site, send a
// bundle, preview and apply one, join a network, settle a conflict. The page's layout and
// its tables are in SyncPage.cpp.
#include "SyncPage.h"

#include "RecordService.h"
#include "RecordType.h"
#include "SyncDialogs.h"
#include "Vault.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>

namespace oneteam {

void SyncPage::startJoin()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The secretariat's first bundle"), QString(),
                                                      tr("Bundles (*.otbundle);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    JoinDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        join(path, dialog.fingerprint());
    }
}

void SyncPage::saveCard(const QString& path)
{
    if (!m_vault) {
        return;
    }
    auto card = Sites(*m_vault).localCardFile();
    if (!card) {
        emit failed(card.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*card) != card->size() || !file.commit()) {
        emit failed(tr("The card could not be written to %1: %2").arg(path, file.errorString()));
        return;
    }
    emit message(tr("Saved this site's card to %1. Give it to the secretariat, with the fingerprint %2.")
                     .arg(QFileInfo(path).fileName(), m_fingerprint->text()));
}

void SyncPage::trustCard(const QString& path)
{
    if (!m_vault) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("Cannot read %1.").arg(path));
        return;
    }
    auto card = SiteCard::fromFile(file.readAll());
    if (!card) {
        emit failed(card.error().message);
        return;
    }
    auto* dialog = new TrustCardDialog(*card, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, card = *card] {
        if (Status trusted = Sites(*m_vault).trust(card, dialog->role()); !trusted) {
            emit failed(trusted.error().message);
            return;
        }
        emit message(tr("Trusted %1 as %2. Send it a bundle so that it can join.")
                         .arg(card.name, roleTitle(dialog->role())));
        refresh();
    });
    dialog->open();
}

void SyncPage::distrust(const QString& siteId)
{
    if (!m_vault) {
        return;
    }
    if (Status dropped = Sites(*m_vault).distrust(siteId); !dropped) {
        emit failed(dropped.error().message);
        return;
    }
    emit message(tr("The site is no longer trusted; the next bundles tell every office."));
    refresh();
}

void SyncPage::exportBundle(const QStringList& recipients, const QString& path)
{
    auto engine = sync();
    if (!engine) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = engine->exportTo(recipients, path);
    QApplication::restoreOverrideCursor();
    if (!result) {
        emit failed(result.error().message);
        return;
    }
    emit message(tr("Wrote %Ln change(s) for %1 to %2.", nullptr, int(result->changes))
                     .arg(result->recipients.join(QStringLiteral(", ")), QFileInfo(path).fileName()));
    fillHistory();
}

void SyncPage::previewImport(const QString& path)
{
    auto engine = sync();
    if (!engine) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("Cannot read %1.").arg(path));
        return;
    }
    const QByteArray bytes = file.readAll();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = engine->inspect(bytes);
    QApplication::restoreOverrideCursor();
    if (!report) {
        emit failed(report.error().message);
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    if (report->alreadyImported) {
        emit message(report->notes.join(QLatin1Char(' ')));
        return;
    }
    m_preview = new ImportPreviewDialog(*report, fileName, this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &QDialog::accepted, this, [this, bytes, fileName] { apply(bytes, fileName); });
    connect(m_preview, &QObject::destroyed, this, [this] { m_preview = nullptr; });
    m_preview->open();
}

void SyncPage::apply(const QByteArray& bytes, const QString& fileName)
{
    auto engine = sync();
    if (!engine) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = engine->import(bytes, fileName);
    QApplication::restoreOverrideCursor();
    if (!report) {
        emit failed(report.error().message);
        return;
    }
    QString text =
        tr("Imported %1 from %2: %Ln change(s) applied, %3 refused.", nullptr, int(report->applied))
            .arg(fileName, report->senderName, QLocale().toString(report->refused));
    if (report->kept > 0) {
        text += QLatin1Char(' ') + tr("%Ln change(s) to record types only a newer version knows are kept "
                                      "until this site is upgraded.",
                                      nullptr, int(report->kept));
    }
    if (report->conflictsAfter > report->conflictsBefore) {
        text += QLatin1Char(' ') + tr("%Ln new conflict(s) to review.", nullptr,
                                      int(report->conflictsAfter - report->conflictsBefore));
        m_tabs->setCurrentWidget(m_conflicts->parentWidget());
    }
    emit message(text);
    refresh();
}

void SyncPage::join(const QString& path, const QString& fingerprint)
{
    auto engine = sync();
    if (!engine) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("Cannot read %1.").arg(path));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = engine->join(file.readAll(), QFileInfo(path).fileName(), fingerprint);
    QApplication::restoreOverrideCursor();
    if (!report) {
        emit failed(report.error().message);
        return;
    }
    emit message(tr("Joined the network of %1: %Ln change(s) applied.", nullptr, int(report->applied))
                     .arg(report->senderName));
    refresh();
}

void SyncPage::settle(int row, Settle how)
{
    if (!m_service || row < 0 || row >= m_conflictList.size()) {
        return;
    }
    const Conflict conflict = m_conflictList.at(row);
    RecordStore& store = m_service->store();
    auto record = store.get(conflict.recordId);
    const RecordType* type = RecordType::find(conflict.type);
    if (!record || !type) {
        emit failed(record ? tr("Unknown record type %1.").arg(conflict.type) : record.error().message);
        return;
    }
    Status done;
    if (how == Settle::Restore || how == Settle::KeepDeleted) {
        const bool restore = how == Settle::Restore;
        const QString refusal = m_service->refusal(*type, record->fields, record->fields, false, !restore);
        if (!refusal.isEmpty()) {
            emit failed(refusal);
            return;
        }
        done = store.resolveDeletion(conflict.recordId, !restore);
    } else {
        const QJsonValue value = how == Settle::KeepOther ? conflict.otherValue : conflict.keptValue;
        QJsonObject after = record->fields;
        if (value.isNull()) {
            after.remove(conflict.field);
        } else {
            after.insert(conflict.field, value);
        }
        const QString refusal = m_service->refusal(*type, record->fields, after, false, false);
        if (!refusal.isEmpty()) {
            emit failed(refusal);
            return;
        }
        done = store.resolve(conflict.recordId, conflict.field, value);
    }
    if (!done) {
        emit failed(done.error().message);
        return;
    }
    emit message(tr("Settled. The next bundle carries the settlement to the other sites."));
    fillConflicts();
}

} // namespace oneteam

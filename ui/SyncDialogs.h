#pragma once

#include "Sites.h"
#include "Sync.h"

#include <QDialog>
#include <QJsonValue>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace oneteam {

// What a bundle will change, from whom, before it is applied: the sender, when it was
// written, the counts, each incoming change (refused ones marked), refusals and notes.
// Accepting applies it.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const SyncReport& report, const QString& fileName, QWidget* parent = nullptr);
    QTableWidget* changes() const { return m_changes; }
    QString summary() const;

private:
    QLabel* m_summary;
    QTableWidget* m_changes;
};

// The secretariat trusts a site card: it sees the card's name, id, requested role and
// key fingerprint, picks the role, and confirms it checked the fingerprint with the site.
class TrustCardDialog : public QDialog
{
    Q_OBJECT
public:
    TrustCardDialog(const SiteCard& card, QWidget* parent = nullptr);
    QString role() const;
    QComboBox* roleBox() const { return m_role; }
    QCheckBox* checkedBox() const { return m_checked; }

private:
    QComboBox* m_role;
    QCheckBox* m_checked;
    QDialogButtonBox* m_buttons;
};

// Which trusted sites a bundle is for.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QList<SiteEntry>& sites, QWidget* parent = nullptr);
    QStringList recipients() const;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
    QDialogButtonBox* m_buttons;
};

// Joining a network: the secretariat's first bundle and its key fingerprint, as the
// secretariat said it on the phone.
class JoinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinDialog(QWidget* parent = nullptr);
    QString fingerprint() const;

private:
    QLineEdit* m_fingerprint;
};

// A role's words: "Secretariat", "Ministry (MSIT)", "Auditor".
QString roleTitle(const QString& role);
// A field's value as the sync views show it: text as is, "(empty)" for none, else JSON.
QString valueText(const QJsonValue& value);

} // namespace oneteam

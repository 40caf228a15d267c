#pragma once

#include "AuditLog.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace oneteam {

// Asks for what a printed report names on its title page: its audit chain head and the
// site that made it (docs/audit-format.md, "Checking a report"). The check command the
// title page prints below them may be pasted whole: its head and site fill the fields.
class ReportHeadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportHeadDialog(const QList<ChainStatus>& chains, QWidget* parent = nullptr);

    QString head() const;
    QString site() const; // the chosen site's id, or empty for every site here

    QLineEdit* headField() const { return m_head; }
    QComboBox* siteChooser() const { return m_site; }
    QLabel* hint() const { return m_hint; }

private:
    void takeText(const QString& text);

    QList<ChainStatus> m_chains;
    QLineEdit* m_head = nullptr;
    QComboBox* m_site = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace oneteam

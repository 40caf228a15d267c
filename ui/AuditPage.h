#pragma once

#include "AuditLog.h"
#include "PageCatalog.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace oneteam {

class RecordService;
class Vault;

// The audit trail (docs/audit-format.md): each site's chain with its verification status,
// the log filtered by site, action, period and text, and the history of one record.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(const PageSpec& spec, QWidget* parent = nullptr);

    // Null: locked or no vault.
    void setContext(Vault* vault, RecordService* service);
    void refresh();
    // Shows one record's entries only ("type/id"); empty shows all again.
    void showRecordHistory(const QString& type, const QString& id);
    void verifyNow();
    void exportLog(const QString& path);
    // Recomputes the chains and says whether a report's audit chain head ("68:2c7e…", as
    // the report prints it) is in this vault's history (AuditLog::checkHead).
    void checkReportHead(const QString& head, const QString& site = {});
    // The same for a report file: is it one a site exported, unchanged since
    // (AuditLog::checkReportFile)?
    void checkReportFile(const QString& path);

    QTableWidget* chainsTable() const { return m_chains; }
    QTableWidget* logTable() const { return m_log; }
    QComboBox* actionFilter() const { return m_action; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    QLabel* reportResult() const { return m_headResult; }

    static constexpr int kRowLimit = 1000;

signals:
    void openRecord(const QString& type, const QString& id);
    void message(const QString& text);
    void failed(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateActions(); // what the buttons allow for the vault as it is
    void clearUntilShown();
    // Verifies the chains and shows them; nullopt when it could not (said by failed()).
    std::optional<QList<ChainStatus>> fillChains();
    // A report check's verdict under the chains, in red unless `found` in intact chains;
    // a broken chain is added to it unless the verdict `saysBroken` already.
    void showVerdict(QString text, const QList<ChainStatus>& chains, bool found, bool saysBroken);
    void fillLog();
    AuditFilter filter() const;
    QString selectedTarget() const;

    const PageSpec& m_spec;
    Vault* m_vault = nullptr;
    RecordService* m_service = nullptr;
    QMetaObject::Connection m_storeConnection;
    bool m_stale = false;    // the vault's chains and log wait to be read until the page shows
    bool m_logStale = false; // entries were written while the page was hidden
    QString m_target;
    QList<AuditEntry> m_entries;
    QLabel* m_title;
    QLabel* m_description;
    QPushButton* m_verify;
    QPushButton* m_checkHead;
    QAction* m_checkFile;
    QAction* m_checkPrinted;
    QLabel* m_headResult;
    QPushButton* m_export;
    QLabel* m_chainsHeading;
    QTableWidget* m_chains;
    QLabel* m_logHeading;
    QComboBox* m_site;
    QComboBox* m_action;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_search;
    QLabel* m_targetLabel;
    QPushButton* m_showAll;
    QPushButton* m_recordHistory;
    QPushButton* m_openRecord;
    QTableWidget* m_log;
    QLabel* m_count;
};

} // namespace oneteam

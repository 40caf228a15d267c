#pragma once

#include "PageCatalog.h"
#include "RecordStore.h"
#include "Sync.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace oneteam {

class ImportPreviewDialog;
class RecordService;
class Vault;

// Sync with the other offices (docs/bundle-format.md): this site's card and key
// fingerprint, the trusted sites with the last bundle received from each, export of a
// bundle to chosen sites, import with a preview of what will change and from whom,
// the conflicts to review (both values, who and when; keep either, or restore a deleted
// record), and the history of bundles sent and received.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(const PageSpec& spec, QWidget* parent = nullptr);
    ~SyncPage() override;

    // Null: locked or no vault.
    void setContext(Vault* vault, RecordService* service);
    void refresh();

    // The steps behind the buttons, after their file dialogs (tests drive these).
    void saveCard(const QString& path);
    void trustCard(const QString& path); // opens the trust dialog
    void distrust(const QString& siteId);
    void exportBundle(const QStringList& recipients, const QString& path);
    void previewImport(const QString& path); // opens the preview; accepting applies
    void join(const QString& path, const QString& fingerprint);
    // Asks for the secretariat's first bundle and its fingerprint, then joins.
    void startJoin();
    // Settles the conflict in row `row` of the conflicts table: keep the value shown,
    // the other one, or (deleted records) restore or keep deleted.
    enum class Settle
    {
        KeepShown,
        KeepOther,
        Restore,
        KeepDeleted
    };
    void settle(int row, Settle how);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* sitesTable() const { return m_sites; }
    QTableWidget* conflictsTable() const { return m_conflicts; }
    QTableWidget* historyTable() const { return m_history; }
    ImportPreviewDialog* openPreview() const { return m_preview; }

signals:
    void openRecord(const QString& type, const QString& id);
    void message(const QString& text); // for the status bar
    void failed(const QString& text);  // for an error box

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillSite();
    void fillSites();
    void fillConflicts();
    void fillHistory();
    void apply(const QByteArray& bytes, const QString& fileName);
    std::unique_ptr<Sync> sync() const;

    const PageSpec& m_spec;
    Vault* m_vault = nullptr;
    RecordService* m_service = nullptr;
    QMetaObject::Connection m_storeConnection;
    QList<Conflict> m_conflictList;
    ImportPreviewDialog* m_preview = nullptr;
    QLabel* m_title;
    QLabel* m_description;
    QTabWidget* m_tabs;
    QLabel* m_siteText;
    QLabel* m_fingerprint;
    QLabel* m_network;
    QPushButton* m_saveCard;
    QPushButton* m_joinButton;
    QPushButton* m_trustButton;
    QPushButton* m_distrustButton;
    QPushButton* m_exportButton;
    QPushButton* m_importButton;
    QTableWidget* m_sites;
    QTableWidget* m_conflicts;
    QPushButton* m_keepShown;
    QPushButton* m_keepOther;
    QPushButton* m_restore;
    QPushButton* m_keepDeleted;
    QPushButton* m_openRecord;
    QLabel* m_conflictHelp;
    QTableWidget* m_history;
};

} // namespace oneteam

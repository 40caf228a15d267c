#pragma once

#include "Result.h"
#include "Sites.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace oneteam {

class RecordStore;
class Vault;

// The rules a change that arrives in a bundle meets. models/ supplies them (SyncPolicy),
// so such a change meets the same rules as one typed at that site.
struct ChangePolicy
{
    // Why this version cannot take changes to records of `type` yet (a type only a newer
    // version of OneTeam knows), or an empty string. Such changes are kept in the log,
    // marked, and taken up by Sync::takeUpKeptChanges once the site runs a version that
    // knows the type; they never make the origin's later changes wait.
    std::function<QString(const QString& type)> unknownType;
    // Why a site's role may not make a change (a ministry editing a resolution, an
    // auditor editing anything), or an empty string.
    std::function<QString(const SiteEntry& origin, const QString& type, const QJsonObject& before,
                          const QJsonObject& after, bool creating, bool deleting)>
        refusal;

    explicit operator bool() const { return bool(refusal); }
};

// What Sync::takeUpKeptChanges did with the changes kept for record types this version
// did not know when they arrived.
struct TakeUpReport
{
    qint64 applied = 0;      // changes now merged
    qint64 refused = 0;      // changes the role rules refuse now that they can be judged
    QStringList types;       // the record types taken up
    QStringList refusals;    // "site (type id): reason" per refused record change
    bool nothingKept = true; // no change waits for a newer version's type
};

// One field change a bundle brings, for the preview.
struct IncomingChange
{
    QString originName;
    QString type;
    QString recordId;
    QString field; // "" creates the record, "~deleted" deletes or restores it
    QJsonValue value;
    bool refused = false;
    bool kept = false; // a newer version's record type: kept, not applied, until an upgrade
};

// What an import did, or (inspect) would do.
struct SyncReport
{
    QString bundleId; // hex
    QString sender;
    QString senderName;
    QString created;              // the sender's clock
    qint64 carried = 0;           // changes in the bundle
    qint64 known = 0;             // already here (sent before, or relayed by another site)
    qint64 applied = 0;           // new changes merged
    qint64 refused = 0;           // new changes refused by the role rules (kept in the log only)
    qint64 kept = 0;              // new changes to a record type only a newer version knows:
    QStringList keptTypes;        // kept unapplied until an upgrade (Sync::takeUpKeptChanges)
    qint64 auditEntries = 0;      // new entries of the sites' audit logs
    int conflictsBefore = 0;      // on the records the bundle changes, before it and after it:
    int conflictsAfter = 0;       // after - before is the conflicts it brought
    bool alreadyImported = false; // this very bundle was imported before
    bool older = false;           // written before the last bundle imported from its sender
    bool rosterUpdated = false;
    QStringList refusals;              // "site: reason" per refused record change
    QStringList notes;                 // gaps, and other things the user should know
    QMap<QString, int> recordsChanged; // by type
    QList<IncomingChange> preview;     // the first kPreviewLimit new changes
    QList<QString> recipients;

    static constexpr int kPreviewLimit = 2000;
};

struct ExportResult
{
    QString bundleId; // hex
    qint64 changes = 0;
    qint64 bytes = 0;
    QStringList recipients; // names
};

// A bundle received or sent, as the history lists it.
struct BundleLogEntry
{
    QString bundleId;
    QString direction; // "sent" or "received"
    QString peer;      // the other site's name (or id)
    QString at;        // ISO 8601 UTC
    QString file;
    qint64 changes = 0;
    qint64 applied = 0;
    qint64 refused = 0;
    qint64 conflicts = 0;
    qint64 kept = 0; // received: changes kept for a newer version's record type
};

// Sync through bundles (DESIGN.md, docs/bundle-format.md): export carries the changes
// the recipients lack, by origin, each origin's run verified by its signed chain head;
// import verifies the file's signature before it decrypts anything, then every origin's
// chain, then applies the changes the role rules allow, all in one transaction.
class Sync
{
public:
    Sync(Vault& vault, RecordStore& store, ChangePolicy policy);

    Result<ExportResult> exportTo(const QStringList& recipientIds, const QString& path);
    Result<SyncReport> import(const QByteArray& file, const QString& fileName);
    // Verifies and reports what import would do, and changes nothing.
    Result<SyncReport> inspect(const QByteArray& file);
    // Joins the network with the secretariat's first bundle: its key must have the
    // fingerprint the user was given out of band. Then imports the bundle.
    Result<SyncReport> join(const QByteArray& file, const QString& fileName, const QString& fingerprint);

    // Applies the changes kept for a record type this version did not know when they
    // arrived, now that it knows it (after an upgrade): in clock order, each origin's run
    // of changes to one record under its role's rules, as an import would have. Those of a
    // type still unknown stay kept. Logged in the audit log when anything was taken up.
    Result<TakeUpReport> takeUpKeptChanges();

    Result<QList<BundleLogEntry>> history() const;
    // Each trusted site's last bundle received from it (ISO time) or empty.
    Result<QMap<QString, QString>> lastReceived() const;

private:
    enum class Mode
    {
        Apply,
        DryRun,
        Join
    };
    class Import; // SyncImport.cpp
    Result<SyncReport> run(const QByteArray& file, const QString& fileName, Mode mode,
                           const QString& fingerprint);

    Vault& m_vault;
    RecordStore& m_store;
    ChangePolicy m_policy;
};

} // namespace oneteam

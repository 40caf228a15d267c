#pragma once

#include "CliContext.h"
#include "RecordService.h"
#include "RecordStore.h"
#include "SyncPolicy.h"

#include <memory>
#include <optional>

namespace oneteam {

// The vault named on the command line, its record store and, for writes, the service
// that applies the rules and this site's role.
struct Session
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<RecordService> service;
};

inline std::optional<Session> openSession(CliContext& context, ExitCode* code)
{
    auto vault = context.openVault();
    if (!vault) {
        *code = context.fail(vault.error());
        return std::nullopt;
    }
    const auto site = (*vault)->localSite();
    if (!site) {
        *code = context.fail(site.error());
        return std::nullopt;
    }
    Session session;
    session.vault = std::move(*vault);
    session.store = std::make_unique<RecordStore>(*session.vault);
    session.service = std::make_unique<RecordService>(*session.store, site->role);
    // Changes kept for a record type the version before did not know apply now. A failure
    // here (a full disk) is said and leaves them kept; the command goes on.
    if (auto takenUp = takeUpKeptChanges(*session.vault, *session.store); !takenUp) {
        context.err << QStringLiteral("oneteam-cli: ") << takenUp.error().message << Qt::endl;
    } else if (!takenUp->isEmpty()) {
        context.err << QStringLiteral("oneteam-cli: ") << *takenUp << Qt::endl;
    }
    return session;
}

} // namespace oneteam

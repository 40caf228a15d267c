#pragma once

#include "Sync.h"

namespace oneteam {

class RecordStore;

// The role rules for changes that arrive in bundles: the same RecordService::refusal a
// change typed at the origin site meets, asked as that site's role, against this
// vault's copy of the record. Changes to a record type this version does not know are
// kept until it does (ChangePolicy::unknownType).
ChangePolicy syncPolicy(RecordStore& store);

// When a vault opens: applies the changes kept for record types this version now knows
// (a site that received them before an upgrade), with syncPolicy; see
// Sync::takeUpKeptChanges. Returns what to tell the user, or an empty string when there
// was nothing to take up.
Result<QString> takeUpKeptChanges(Vault& vault, RecordStore& store);

} // namespace oneteam

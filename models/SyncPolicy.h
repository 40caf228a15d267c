#pragma once

#include "Sync.h"

namespace oneteam {

class RecordStore;

// The role rules for changes that arrive in bundles: the same RecordService::refusal a
// change typed at the origin site meets, asked as that site's role, against this
// vault's copy of the record. Unknown record types are refused.
ChangePolicy syncPolicy(RecordStore& store);

} // namespace oneteam

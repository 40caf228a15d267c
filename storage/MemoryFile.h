#pragma once

typedef struct sqlite3_file sqlite3_file;

namespace oneteam {

// A SQLite file that lives only in memory, for the temporary files SQLite opens on its
// own (sorter spills, statement journals, temporary databases), so they never reach the
// disk in clear. Its buffer is wiped when it shrinks, moves or closes.
class MemoryFile
{
public:
    // Turns the SQLite-allocated `file` (CipherVfs's file space) into a memory file.
    static int open(sqlite3_file* file);
    static long long opened(); // how many were opened in this process
};

} // namespace oneteam

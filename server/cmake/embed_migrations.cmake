# Writes OUTPUT: a .cpp defining crm::server::embedded_migrations() from the SQL files in DIR.
file(GLOB files RELATIVE "${DIR}" "${DIR}/[0-9][0-9][0-9][0-9]_*.sql")
list(SORT files)
set(body "")
foreach(name IN LISTS files)
  file(READ "${DIR}/${name}" sql)
  string(APPEND body "        {\"${name}\", R\"crmsql(${sql})crmsql\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from server/migrations/*.sql by server/cmake/embed_migrations.cmake. Do not edit.
#include \"crm/server/db/migrations.h\"

namespace crm::server {

const std::vector<Migration>& embedded_migrations() {
    static const std::vector<Migration> migrations = {
${body}    };
    return migrations;
}

}  // namespace crm::server
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)

# Writes OUTPUT: a .cpp defining crm::server::openapi_document() with the text of INPUT.
file(READ "${INPUT}" text)
file(WRITE "${OUTPUT}.tmp"
"// Generated from server/openapi.json by server/cmake/embed_openapi.cmake. Do not edit.
#include \"crm/server/ops/ops_endpoints.h\"

namespace crm::server {

const std::string& openapi_document() {
    static const std::string document = R\"crmopenapi(${text})crmopenapi\";
    return document;
}

}  // namespace crm::server
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)

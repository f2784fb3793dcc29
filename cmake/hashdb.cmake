# Embeds every hash/*.xml into cabinet_core as generated/hash_builtin.c.
# Included from the top CMakeLists.txt (the generator is cmake/embed_files.cmake).

file(GLOB HASHDB_XML CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/hash/*.xml)
list(SORT HASHDB_XML)
string(REPLACE ";" "|" HASHDB_XML_ARG "${HASHDB_XML}")
set(HASHDB_BUILTIN_C ${CMAKE_BINARY_DIR}/generated/hash_builtin.c)
add_custom_command(
  OUTPUT ${HASHDB_BUILTIN_C}
  COMMAND ${CMAKE_COMMAND} "-DOUT=${HASHDB_BUILTIN_C}" "-DINPUTS=${HASHDB_XML_ARG}"
          "-DHEADER=emu/hashdb.h" "-DTYPE=hashdb_builtin_file" "-DTABLE=hashdb_builtin_files"
          "-DCOUNT=hashdb_builtin_count" "-DSOURCE=the hash/ folder"
          -P ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
  DEPENDS ${HASHDB_XML} ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
  COMMENT "Embedding hash/*.xml"
  VERBATIM)
target_sources(cabinet_core PRIVATE ${HASHDB_BUILTIN_C})

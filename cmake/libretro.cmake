# cabinet_libretro.so: the libretro core (src/frontend/libretro) on the same
# cabinet_core library, with the bundled game's ROMs built in. Included
# from the top CMakeLists.txt (lr_bundled.c is made by cmake/embed_files.cmake).

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(_lr_default ON)
else()
  set(_lr_default OFF)
endif()
option(CABINET_LIBRETRO "Build the libretro core cabinet_libretro.so" ${_lr_default})
if(NOT CABINET_LIBRETRO)
  return()
endif()

# A shared object needs position-independent code from the core library too.
set_target_properties(cabinet_core PROPERTIES POSITION_INDEPENDENT_CODE ON)

# The bundled game's files, when games/games.cmake builds them (cabpac_roms).
set(LR_BUNDLED_C ${CMAKE_BINARY_DIR}/generated/lr_bundled.c)
set(_lr_bundled_files)
set(_lr_bundled_deps)
if(TARGET cabpac_roms)
  foreach(f 6e 6f 6h 6j 5e 5f 7f 4a 1m 3m)
    list(APPEND _lr_bundled_files ${CMAKE_BINARY_DIR}/roms/cabpac/cabpac.${f})
  endforeach()
  set(_lr_bundled_deps cabpac_roms ${_lr_bundled_files})
endif()
string(REPLACE ";" "|" _lr_bundled_arg "${_lr_bundled_files}")
add_custom_command(
  OUTPUT ${LR_BUNDLED_C}
  COMMAND ${CMAKE_COMMAND} "-DOUT=${LR_BUNDLED_C}" "-DINPUTS=${_lr_bundled_arg}"
          "-DHEADER=frontend/libretro/lr_bundled.h" "-DTYPE=lr_bundled_file" "-DTABLE=lr_bundled_files"
          "-DCOUNT=lr_bundled_count" "-DSOURCE=the bundled game's ROMs"
          -P ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
  DEPENDS ${_lr_bundled_deps} ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
  COMMENT "Building the bundled game into the libretro core"
  VERBATIM)

file(GLOB LIBRETRO_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/frontend/libretro/*.c)
# The frontend pieces the core reuses: audit and ROM loading messages, state
# files, samples loading, DIP settings.
set(LIBRETRO_SHARED_SOURCES
  ${CMAKE_SOURCE_DIR}/src/frontend/artwork.c
  ${CMAKE_SOURCE_DIR}/src/frontend/audit.c
  ${CMAKE_SOURCE_DIR}/src/frontend/statefile.c
  ${CMAKE_SOURCE_DIR}/src/frontend/samples_load.c
  ${CMAKE_SOURCE_DIR}/src/frontend/sdl/dips.c)
add_library(cabinet_libretro SHARED ${LIBRETRO_SOURCES} ${LIBRETRO_SHARED_SOURCES} ${LR_BUNDLED_C})
target_link_libraries(cabinet_libretro PRIVATE cabinet_core)
# Only the retro_* API is exported.
target_link_options(cabinet_libretro PRIVATE
  -Wl,--version-script=${CMAKE_SOURCE_DIR}/src/frontend/libretro/link.T -Wl,--no-undefined)
set_target_properties(cabinet_libretro PROPERTIES PREFIX "" OUTPUT_NAME cabinet_libretro
  LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}
  LINK_DEPENDS ${CMAKE_SOURCE_DIR}/src/frontend/libretro/link.T)
configure_file(${CMAKE_SOURCE_DIR}/src/frontend/libretro/cabinet_libretro.info
  ${CMAKE_BINARY_DIR}/cabinet_libretro.info COPYONLY)

include(${CMAKE_SOURCE_DIR}/tests/libretro/libretro_checks.cmake OPTIONAL)

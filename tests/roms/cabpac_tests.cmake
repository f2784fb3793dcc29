# The bundled game cabpac lives in games/ (sources, ROM build, test); this file
# only makes the tests glob include it. Safe if the top level includes it too.
include(${CMAKE_SOURCE_DIR}/games/games.cmake)

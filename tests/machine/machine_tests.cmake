# Reusable chip devices driven directly: the i8255 PPI.
add_executable(test_i8255 ${CMAKE_CURRENT_SOURCE_DIR}/machine/test_i8255.c)
target_link_libraries(test_i8255 cabinet_core)
add_test(NAME test_i8255 COMMAND test_i8255)

# The Pac-Man variants' decryption and wiring transforms and Sega's 315-5010
add_executable(test_pacfam_crypt ${CMAKE_CURRENT_SOURCE_DIR}/machine/test_pacfam_crypt.c)
target_link_libraries(test_pacfam_crypt cabinet_core)
add_test(NAME test_pacfam_crypt COMMAND test_pacfam_crypt)
# The MC6821 PIA and the Williams blitter.
add_executable(test_pia6821 ${CMAKE_CURRENT_SOURCE_DIR}/machine/test_pia6821.c)
target_link_libraries(test_pia6821 cabinet_core)
add_test(NAME test_pia6821 COMMAND test_pia6821)
add_executable(test_williams_blitter ${CMAKE_CURRENT_SOURCE_DIR}/machine/test_williams_blitter.c)
target_link_libraries(test_williams_blitter cabinet_core)
add_test(NAME test_williams_blitter COMMAND test_williams_blitter)

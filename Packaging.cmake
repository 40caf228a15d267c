# Installation layout and the Debian package (cpack -G DEB, see scripts/package).
include(GNUInstallDirs)

set(ONETEAM_APP_ID "kr.go.aicommittee.OneTeam")
set(ONETEAM_LINUX_DIR "${PROJECT_SOURCE_DIR}/resources/linux")

install(TARGETS oneteam oneteam-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${ONETEAM_LINUX_DIR}/${ONETEAM_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${ONETEAM_LINUX_DIR}/${ONETEAM_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${ONETEAM_LINUX_DIR}/oneteam-vault.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/oneteam.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME "${ONETEAM_APP_ID}.svg")
install(FILES "${ONETEAM_LINUX_DIR}/copyright"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/oneteam)

# Manual pages, compressed as Debian ships them (reproducibly: no name, no time stamp).
find_program(GZIP_PROGRAM gzip REQUIRED)
set(ONETEAM_MAN_PAGES)
foreach(page oneteam.1 oneteam-cli.1)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/man"
    COMMAND ${GZIP_PROGRAM} -9 -n -c "${ONETEAM_LINUX_DIR}/${page}" > "${out}"
    DEPENDS "${ONETEAM_LINUX_DIR}/${page}"
    VERBATIM)
  list(APPEND ONETEAM_MAN_PAGES "${out}")
endforeach()
add_custom_target(oneteam_man_pages ALL DEPENDS ${ONETEAM_MAN_PAGES})
install(FILES ${ONETEAM_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME "oneteam")
set(CPACK_PACKAGE_VENDOR "National AI Strategy Committee secretariat")
set(CPACK_PACKAGE_CONTACT "OneTeam developers <oneteam@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Tracker for the National AI Strategy Committee's resolutions, actions, CAIOs and budget")
set(CPACK_PACKAGE_DESCRIPTION
    "OneTeam keeps the resolutions and follow-up actions of Korea's National AI Strategy
Committee, the roster of ministries' Chief AI Officers, task forces, budget lines and
indicators in an encrypted local vault (SQLite with AES-256-GCM pages). Offices on
separated networks exchange changes as signed, encrypted bundle files; auditors verify
the tamper-evident audit trail and export PDF, CSV and XLSX reports. The interface is
in Korean and English. The package holds the window (oneteam) and the command-line
tool (oneteam-cli).")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Libraries from dpkg-shlibdeps; what is loaded at run time (the platform plugin, the
# SVG icon engine, Hangul fonts for the window and the PDF reports) is declared here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The vault format needs SQLite 3.40 (as the build does), more than the symbols say.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsqlite3-0 (>= 3.40), fonts-noto-cjk, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, xdg-utils")
include(CPack)

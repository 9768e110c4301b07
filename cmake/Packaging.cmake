# Installing and packaging (issue 10): `cmake --install BUILD_DIR [--prefix DIR]` lays out the two
# programs, the desktop entry, the icon and the documentation under the usual freedesktop paths;
# `cpack --config BUILD_DIR/CPackConfig.cmake` turns the same layout into a Debian package
# (opieka_<version>_<arch>.deb) whose dependencies dpkg-shlibdeps works out from the binaries.
# Checked by tests/packaging/check-install.sh (ctest: package_contents) and, on a clean Debian 12
# chroot, by scripts/package-test.sh. Included from the top level after src/.
include(GNUInstallDirs)
set(OPIEKA_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/opieka) # named after the package, as Debian has it

install(TARGETS opieka opieka-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/packaging/opieka.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/opieka.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The documentation a centre reads: the README, the user guide with its screenshots (English and
# Polish), the command line, deployment, data protection, the law the program applies and the
# security notes.
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/SECURITY.md
              ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${PROJECT_SOURCE_DIR}/docs/cli.md
              ${PROJECT_SOURCE_DIR}/docs/deployment.md ${PROJECT_SOURCE_DIR}/docs/data-protection.md
              ${PROJECT_SOURCE_DIR}/docs/law.md
        DESTINATION ${OPIEKA_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots DESTINATION ${OPIEKA_INSTALL_DOCDIR})
# Debian's copyright file (machine-readable, pointing at the system's copy of the GPL).
install(FILES ${PROJECT_SOURCE_DIR}/resources/packaging/copyright DESTINATION ${OPIEKA_INSTALL_DOCDIR})
# The manual pages and the package's changelog, compressed as Debian keeps them (gzip -9n: no
# name or time stamp inside, so the same sources give the same bytes). The changelog's first
# entry names the project's version (checked by ctest package_contents).
find_program(OPIEKA_GZIP gzip REQUIRED)
set(_opieka_gzipped)
foreach(_file opieka.1 opieka-cli.1 changelog)
  set(_out ${PROJECT_BINARY_DIR}/packaging/${_file}.gz)
  add_custom_command(OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
    COMMAND ${OPIEKA_GZIP} -9n -c ${PROJECT_SOURCE_DIR}/resources/packaging/${_file} > ${_out}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/packaging/${_file}
    COMMENT "Compressing ${_file}")
  list(APPEND _opieka_gzipped ${_out})
endforeach()
add_custom_target(opieka_packaging_files ALL DEPENDS ${_opieka_gzipped})
install(FILES ${PROJECT_BINARY_DIR}/packaging/opieka.1.gz ${PROJECT_BINARY_DIR}/packaging/opieka-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${OPIEKA_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME opieka)
set(CPACK_PACKAGE_VENDOR "Opieka")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(OPIEKA_PACKAGE_MAINTAINER
    "Opieka maintainers <maintainers@users.noreply.r-seed-bd6fe12e.example>"
    CACHE STRING "The Maintainer field of the Debian package: NAME <ADDRESS>")
set(CPACK_PACKAGE_CONTACT ${OPIEKA_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "case management for Polish family-support centres")
# The long description, wrapped for Debian (under 80 columns, "." between paragraphs).
set(CPACK_PACKAGE_DESCRIPTION
    "Opieka keeps the cases of a Polish family-support centre: the municipal
social-assistance centre (OPS) and the county family-support centre (PCPR).
Social workers, family assistants and foster-care coordinators keep their
families, contacts, work plans and foster placements; managers see every
worker's caseload against the limits the law sets.
.
This package holds the desktop application (opieka), the command line for
imports, exports, reports and backups (opieka-cli), and the user guide in
English and Polish. The data is kept in an SQLite file in the user's data
folder, or on a PostgreSQL server of the centre.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY opieka)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON) # the ci preset builds with debug information
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # opieka_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
# Qt 6, spdlog, libsodium and the C++ runtime: from the binaries' own links (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the binaries load at run time, which dpkg-shlibdeps cannot see: Qt's SQLite driver (every
# database file), Qt's SVG plugins (the window icon is an SVG), fonts with the Polish letters
# for the windows and the PDF reports, and Qt's own translations (qtbase_pl.qm: the standard
# buttons, the file dialog and print preview; without it a Polish window says Cancel, Save, Yes,
# issue 17). The platform plugins (xcb, offscreen) come with libqt6gui6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, fonts-dejavu-core | fonts-liberation2 | fonts-noto-core")
# Wayland sessions, the icon theme's index, and Qt's PostgreSQL driver for a centre server
# (docs/deployment.md): small, and a workstation without it cannot connect to the server.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland, hicolor-icon-theme")

include(CPack)

# CPack: one Debian package per product (component), built with `cpack -G DEB` in the build
# directory or packaging/make-debs.sh. The install() rules are in server/ and mobile/.
set(CRM_PACKAGE_VERSION "${PROJECT_VERSION}" CACHE STRING "Version of the .deb packages (default: project version)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME field-crm)
set(CPACK_PACKAGE_VENDOR "Field CRM")
set(CPACK_PACKAGE_VERSION "${CRM_PACKAGE_VERSION}")
set(CPACK_PACKAGE_CONTACT "Field CRM maintainers <crm-maintainers@example.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.com/field-crm")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL "")
if(CRM_BUILD_SERVER)
  list(APPEND CPACK_COMPONENTS_ALL server)
endif()
if(CRM_BUILD_MOBILE)
  list(APPEND CPACK_COMPONENTS_ALL mobile)
endif()
# cpack installs without first building `all` (every test): make-debs.sh builds the three
# packaged targets, which is all the packages need.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME crm-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_COMPONENT_SERVER_DESCRIPTION "Field CRM server (crm-server, crm-admin)
The sync and management server of Field CRM, an offline-first CRM for field
sales teams: HTTP(S) API and live WebSocket pokes for the app, backed by
PostgreSQL. crm-admin creates the schema and manages units, users and devices.
Runs as the systemd service crm-server (user crm, hardened); configuration in
/etc/crm/server.conf.")
# Not shared libraries, so not found by dpkg-shlibdeps: adduser and the tools the maintainer
# scripts use; PostgreSQL may run on another host.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, init-system-helpers (>= 1.54~)")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
  ${CMAKE_CURRENT_LIST_DIR}/deb/crm-server/conffiles
  ${CMAKE_CURRENT_LIST_DIR}/deb/crm-server/postinst
  ${CMAKE_CURRENT_LIST_DIR}/deb/crm-server/prerm
  ${CMAKE_CURRENT_LIST_DIR}/deb/crm-server/postrm)

set(CPACK_DEBIAN_MOBILE_PACKAGE_NAME crm-mobile)
set(CPACK_DEBIAN_MOBILE_PACKAGE_SECTION misc)
set(CPACK_COMPONENT_MOBILE_DESCRIPTION "Field CRM app for field sales reps
The offline-first Qt Quick app of Field CRM: customers, contacts, visits with
check-in, leads and opportunities on a local replica that syncs with
crm-server. QML and translations are built into the binary.")
# QML modules are loaded at run time, so dpkg-shlibdeps cannot see them (packaging/deps.sh
# lists the same ones for building).
set(CPACK_DEBIAN_MOBILE_PACKAGE_DEPENDS
  "qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window")
# Position sources (GPS/NMEA), Qt's own Chinese strings, glyphs for the Chinese UI.
set(CPACK_DEBIAN_MOBILE_PACKAGE_RECOMMENDS "libqt6positioning6-plugins, qt6-translations-l10n, fonts-noto-cjk")

# Debian wants a changelog.gz in every package's doc directory (lintian: no-changelog): one
# entry for the version built (SOURCE_DATE_EPOCH, when set, makes the date reproducible).
string(TIMESTAMP CRM_PACKAGE_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
foreach(component IN LISTS CPACK_COMPONENTS_ALL)
  string(TOUPPER ${component} upper)
  set(CRM_DEB_PACKAGE ${CPACK_DEBIAN_${upper}_PACKAGE_NAME})
  set(dir ${CMAKE_BINARY_DIR}/packaging/${CRM_DEB_PACKAGE})
  configure_file(${CMAKE_CURRENT_LIST_DIR}/deb/changelog.in ${dir}/changelog @ONLY)
  execute_process(COMMAND gzip -9nf ${dir}/changelog)
  install(FILES ${dir}/changelog.gz DESTINATION share/doc/${CRM_DEB_PACKAGE} COMPONENT ${component})
endforeach()

include(CPack)

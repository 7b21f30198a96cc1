# CPack: one configuration for the three installers. The version comes from project();
# `cpack` (or `cmake --workflow --preset deb|installer`) picks the generator of the platform.

set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The ShopTuner developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Teach a small language model your shop")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://shoptuner.org")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ShopTuner")
set(CPACK_PACKAGE_EXECUTABLES shoptuner ShopTuner) # Start menu entry (WiX)
set(CPACK_CREATE_DESKTOP_LINKS shoptuner)
set(CPACK_PACKAGE_CHECKSUM SHA256)
# WiX wants the licence as .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(WIN32)
  set(CPACK_GENERATOR WIX)
  set(CPACK_PACKAGE_NAME ShopTuner)
  set(CPACK_PACKAGE_FILE_NAME "ShopTuner-${PROJECT_VERSION}-windows-x64")
  # The WiX .NET tool (wix 4.x, CMake >= 3.30); see packaging/README.md for its installation.
  set(SHOPTUNER_WIX_VERSION 4 CACHE STRING "WiX Toolset major version CPack drives (3, or 4 and later)")
  set(CPACK_WIX_VERSION ${SHOPTUNER_WIX_VERSION})
  # Never change this GUID: it is how Windows knows a newer .msi upgrades an installed ShopTuner.
  set(CPACK_WIX_UPGRADE_GUID "DB10680D-CB8C-4407-A79D-47EF2EDE76E5")
  set(CPACK_WIX_PRODUCT_ICON ${SHOPTUNER_ICON_DIR}/${SHOPTUNER_APP_ID}.ico)
  set(CPACK_WIX_PROGRAM_MENU_FOLDER "ShopTuner")
  set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
  set(CPACK_WIX_INSTALL_SCOPE perMachine)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_PACKAGE_NAME ShopTuner)
  set(CPACK_PACKAGE_FILE_NAME "ShopTuner-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
  set(CPACK_DMG_VOLUME_NAME "ShopTuner ${PROJECT_VERSION}")
  set(CPACK_DMG_FORMAT UDZO)
  set(CPACK_PACKAGE_ICON ${SHOPTUNER_ICON_DIR}/${SHOPTUNER_APP_ID}.icns) # the volume's icon
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGE_NAME shoptuner)
  set(CPACK_STRIP_FILES ON)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # shoptuner_<version>-<release>_<arch>.deb
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SHOPTUNER_PACKAGE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_SECTION science)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
  set(CPACK_PACKAGE_DESCRIPTION
      "ShopTuner fine-tunes a small open language model (SmolLM2, Llama 3.2,\n"
      "TinyLlama ...) on a shop's own catalog, reviews, questions and search and\n"
      "order logs, on the shop's own computer. It builds training examples for\n"
      "ten e-commerce tasks, trains with QLoRA, and reports task by task how well\n"
      "the trained model does beside published models. The package holds the\n"
      "desktop application and shoptuner-cli, which runs the same jobs from scripts.")
  string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
  # Depends from the ELF files' shared libraries (dpkg-shlibdeps: Qt, libtorch, SentencePiece,
  # QCustomPlot, ICU, ...), plus what the programs load at run time and dpkg-shlibdeps cannot see.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, ca-certificates")
  # Fast fp32 matrix products (see DESIGN.md); Qt's own dialogs in German and Hindi.
  # A Devanagari font for the Hindi translation (without one every label is a box).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
  "libopenblas0-openmp | libopenblas0, qt6-translations-l10n, fonts-noto-core | fonts-lohit-deva")
  set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
endif()

# Code signing (Windows signtool, macOS codesign and notarytool) runs as CPack pre/post build
# scripts when its variables are set (on the command line or, at the first configure, from the
# environment variables of the same names); see packaging/sign.cmake and packaging/README.md.
set(SHOPTUNER_SIGN_IDENTITY "$ENV{SHOPTUNER_SIGN_IDENTITY}" CACHE STRING
    "macOS: codesign identity (\"Developer ID Application: ...\"); Windows: signtool certificate subject. Empty: no signing (macOS binaries are signed ad hoc)")
set(SHOPTUNER_SIGNTOOL_ARGS "$ENV{SHOPTUNER_SIGNTOOL_ARGS}" CACHE STRING
    "Windows: extra signtool sign arguments, e.g. /f cert.pfx /p password or /sha1 thumbprint")
set(SHOPTUNER_TIMESTAMP_URL "http://timestamp.digicert.com" CACHE STRING "RFC 3161 time-stamp server for signatures")
set(SHOPTUNER_NOTARY_PROFILE "$ENV{SHOPTUNER_NOTARY_PROFILE}" CACHE STRING
    "macOS: notarytool keychain profile (xcrun notarytool store-credentials); empty: no notarisation")
if(WIN32 OR APPLE)
  set(CPACK_SHOPTUNER_SIGN_IDENTITY "${SHOPTUNER_SIGN_IDENTITY}")
  set(CPACK_SHOPTUNER_SIGNTOOL_ARGS "${SHOPTUNER_SIGNTOOL_ARGS}")
  set(CPACK_SHOPTUNER_TIMESTAMP_URL "${SHOPTUNER_TIMESTAMP_URL}")
  set(CPACK_SHOPTUNER_NOTARY_PROFILE "${SHOPTUNER_NOTARY_PROFILE}")
  set(CPACK_SHOPTUNER_APP_ID "${SHOPTUNER_APP_ID}")
  set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_SOURCE_DIR}/sign.cmake)
  set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_SOURCE_DIR}/sign.cmake)
endif()

include(CPack)

# Windows and macOS installers carry everything the programs need, since their users install
# no Qt, libtorch or compiler: Qt through Qt's deployment script (windeployqt / macdeployqt),
# libtorch as a whole (it also loads libraries it does not link), and the remaining non-system
# libraries (SentencePiece and its protobuf, ICU, PCRE2, QCustomPlot) as CMake resolves them
# from the built programs. Layout: Windows, one folder (bin/); macOS, ShopTuner.app with the
# programs in Contents/MacOS and the libraries in Contents/Frameworks.

if(WIN32)
  set(library_dir ${CMAKE_INSTALL_BINDIR})
  file(GLOB torch_libraries "${TORCH_INSTALL_PREFIX}/lib/*.dll")
else()
  set(library_dir ShopTuner.app/Contents/Frameworks)
  file(GLOB torch_libraries "${TORCH_INSTALL_PREFIX}/lib/*.dylib")
  set_target_properties(shoptuner_spm PROPERTIES INSTALL_RPATH "@loader_path/../Frameworks")
endif()
if(NOT torch_libraries)
  message(FATAL_ERROR "No libtorch libraries in ${TORCH_INSTALL_PREFIX}/lib to bundle; "
                      "point CMAKE_PREFIX_PATH at an unpacked libtorch archive")
endif()
install(FILES ${torch_libraries} DESTINATION ${library_dir})

# Where the other libraries live: beside the import libraries (lib/) and, on Windows, in the
# bin/ folders of the prefixes (vcpkg, Homebrew, the QCustomPlot build).
set(search_dirs "${TORCH_INSTALL_PREFIX}/lib")
foreach(library IN ITEMS ${SENTENCEPIECE_LIBRARY} ${SENTENCEPIECE_TRAIN_LIBRARY})
  get_filename_component(dir "${library}" DIRECTORY)
  list(APPEND search_dirs "${dir}" "${dir}/../bin")
endforeach()
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
  list(APPEND search_dirs "${prefix}/bin" "${prefix}/lib")
endforeach()
list(REMOVE_DUPLICATES search_dirs)

set(SHOPTUNER_BUNDLE_SEARCH_DIRS "${search_dirs}")
set(SHOPTUNER_BUNDLE_LIBRARY_DIR "${library_dir}")
# install(CODE) sees no configure-time variables; hand the two over first.
install(CODE "set(SHOPTUNER_BUNDLE_SEARCH_DIRS \"${SHOPTUNER_BUNDLE_SEARCH_DIRS}\")
set(SHOPTUNER_BUNDLE_LIBRARY_DIR \"${SHOPTUNER_BUNDLE_LIBRARY_DIR}\")")
install(CODE [[
  file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES "$<TARGET_FILE:shoptuner>" "$<TARGET_FILE:shoptuner-cli>"
      MODULES "$<TARGET_FILE:shoptuner_spm>"
      DIRECTORIES ${SHOPTUNER_BUNDLE_SEARCH_DIRS}
      RESOLVED_DEPENDENCIES_VAR resolved
      UNRESOLVED_DEPENDENCIES_VAR unresolved
      # The system's own libraries stay out; Qt is deployed by Qt's script below.
      PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^Qt[A-Za-z]*\\.framework"
      POST_EXCLUDE_REGEXES "[Ss]ystem32/" "^/usr/lib/" "^/System/" "/Qt[A-Za-z]*\\.framework/" "[Qq]t6[A-Za-z]*\\.dll$")
  foreach(library IN LISTS resolved)
    file(INSTALL "${library}" DESTINATION "${CMAKE_INSTALL_PREFIX}/${SHOPTUNER_BUNDLE_LIBRARY_DIR}"
         FOLLOW_SYMLINK_CHAIN)
  endforeach()
  if(unresolved)
    message(WARNING "Libraries not found to bundle (add their folder to CMAKE_PREFIX_PATH): ${unresolved}")
  endif()
]])

# Qt's libraries, plug-ins (platform, styles, image formats, the SQLite driver) and its own
# translations, by windeployqt or macdeployqt on the installed GUI program. shoptuner-cli uses
# a subset of the same Qt libraries, so it finds them in the same place.
qt_generate_deploy_app_script(TARGET shoptuner OUTPUT_SCRIPT shoptuner_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${shoptuner_deploy_script})

# src/app and src/ui keep their sources in one folder per thing a user does (docs/architecture.md,
# "where does my change go"). Headers are included by name, so every folder that holds one of the
# library's sources is put on its include path: a new folder needs no line here.
function(opieka_include_feature_folders target)
  get_target_property(sources ${target} SOURCES)
  set(folders "")
  foreach(source IN LISTS sources)
    if(NOT IS_ABSOLUTE "${source}") # generated files (uic, rcc) sit in the build tree
      get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}/${source}" DIRECTORY)
      list(APPEND folders "${folder}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES folders)
  target_include_directories(${target} PUBLIC ${folders})
endfunction()

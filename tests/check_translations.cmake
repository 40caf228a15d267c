# Fails when a user-visible string in the sources has no translation: runs lupdate over
# app/ ui/ models/ storage/ into a copy of each catalogue and looks for new (unfinished)
# entries. Run `cmake --build build --target update_translations` and translate them.
foreach(lang ko en)
  set(ts "${WORK_DIR}/oneteam_${lang}.ts")
  file(MAKE_DIRECTORY "${WORK_DIR}")
  file(COPY_FILE "${SOURCE_DIR}/translations/oneteam_${lang}.ts" "${ts}")
  execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/models" "${SOURCE_DIR}/storage" -ts "${ts}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
  endif()
  file(READ "${ts}" text)
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${text}")
  list(LENGTH missing count)
  if(count GREATER 0)
    string(REPLACE ";" "\n" list "${missing}")
    message(FATAL_ERROR "${count} string(s) in the sources have no ${lang} translation:\n${list}")
  endif()
  string(REGEX MATCHALL "<message" messages "${text}")
  list(LENGTH messages total)
  if(total LESS 400)
    message(FATAL_ERROR "lupdate found only ${total} strings: the check cannot be trusted")
  endif()
  message(STATUS "oneteam_${lang}.ts covers all ${total} strings in the sources")
endforeach()

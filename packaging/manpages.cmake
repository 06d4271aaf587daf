# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the manual pages and the bash completion from the programs' own --help, so neither can
# drift from the options the programs take. Run by packaging/CMakeLists.txt at build time:
#   cmake -DCLI=... -DGUI=... -DTRAIN=... -DHELP2MAN=... -DVERSION=... -DSOURCE_DIR=...
#         -DOUT_DIR=... -P manpages.cmake
# help2man turns each --help into a page; masklens-cli's page gets one subsection per command
# with that command's whole --help. The completion lists the commands and each one's options.
cmake_policy(VERSION 3.25)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
file(MAKE_DIRECTORY ${OUT_DIR})

function(run_help out_var)
    execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE text ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${ARGN} failed (${rc}): ${err}")
    endif()
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# roff: a backslash is \e, a line may not start with a control character, and '-' is written
# as \- so options copy and paste as ASCII hyphens.
function(to_roff out_var text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# The command names, from the "Commands:" list of masklens-cli --help.
run_help(cli_help ${CLI} --help)
string(REGEX MATCH "Commands:\n(.*)\n\n" _ "${cli_help}")
string(REGEX MATCHALL "\n  [a-z]+" names "\n${CMAKE_MATCH_1}")
set(commands "")
foreach(n IN LISTS names)
    string(STRIP "${n}" n)
    list(APPEND commands ${n})
endforeach()
list(LENGTH commands count)
if(count LESS 5)
    message(FATAL_ERROR "masklens-cli --help lists ${count} commands: ${cli_help}")
endif()

set(include "[COMMANDS]\n")
set(completion_cases "")
set(action_cases "")
foreach(c IN LISTS commands)
    run_help(help ${CLI} ${c} --help)
    to_roff(roff "${help}")
    string(APPEND include ".SS ${c}\n.nf\n${roff}\n.fi\n")
    # Options are the words that start with --; brackets and bars ([--json], a|b) become spaces
    # first, so no list element holds a bracket (CMake lists do not split inside them).
    string(REGEX REPLACE "[^-a-zA-Z0-9]" " " words_only "${help}")
    string(REGEX MATCHALL " --[a-z][a-z0-9-]*" options " ${words_only}")
    set(words "")
    foreach(o IN LISTS options)
        string(STRIP "${o}" o)
        if(NOT o STREQUAL "--help-all")
            list(APPEND words ${o})
        endif()
    endforeach()
    list(REMOVE_DUPLICATES words)
    list(SORT words)
    list(JOIN words " " words)
    string(APPEND completion_cases "        ${c}) opts=\"${words}\" ;;\n")
    # Actions of a command (labels set|log|export, runs list|compare), from its usage lines.
    string(REGEX MATCHALL "(masklens-cli|\n ) ${c} [a-z]+" usages "${help}")
    set(actions "")
    foreach(u IN LISTS usages)
        string(REGEX REPLACE ".* ([a-z]+)$" "\\1" u "${u}")
        list(APPEND actions ${u})
    endforeach()
    if(actions)
        list(REMOVE_DUPLICATES actions)
        list(JOIN actions " " actions)
        string(APPEND action_cases "            ${c}) COMPREPLY=($(compgen -W \"${actions}\" -- \"$cur\")); return ;;\n")
    endif()
endforeach()
string(APPEND include [=[
[EXIT STATUS]
.TP
.B 0
done
.TP
.B 1
usage error (unknown command or option, a missing value)
.TP
.B 2
bad data, nothing usable, or a file that cannot be written
.TP
.B 130
stopped (SIGINT or SIGTERM); a training run keeps its last checkpoint and can be resumed
[FILES]
.TP
.I DIR/.masklens/corrections.jsonl
the label corrections journal (train.csv is never changed)
.TP
.I DIR/.masklens/runs/
training runs started from the window
[SEE ALSO]
.BR masklens (1),
.BR masklens\-train (1)
]=])
file(WRITE ${OUT_DIR}/masklens-cli.h2m "${include}")

file(WRITE ${OUT_DIR}/common.h2m [=[
[AUTHOR]
The MaskLens developers.
[COPYRIGHT]
Copyright 2026 The MaskLens developers. License GPL-3.0-or-later
<https://www.gnu.org/licenses/gpl-3.0.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
]=])
file(WRITE ${OUT_DIR}/masklens.h2m [=[
[SEE ALSO]
.BR masklens\-cli (1),
.BR masklens\-train (1)
]=])
file(WRITE ${OUT_DIR}/masklens-train.h2m [=[
[SEE ALSO]
.BR masklens\-cli (1)
]=])

function(make_page program name summary)
    execute_process(
        COMMAND ${HELP2MAN} --no-info --section=1 --no-discard-stderr
                "--version-string=${VERSION}" "--source=MaskLens ${VERSION}"
                "--manual=MaskLens Manual" "--name=${summary}"
                --include=${OUT_DIR}/${name}.h2m --include=${OUT_DIR}/common.h2m
                --output=${OUT_DIR}/${name}.1 ${program}
        RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "help2man ${name}: ${err}")
    endif()
    # Reproducible: help2man dates the page today; the release date is the changelog's.
    file(READ ${OUT_DIR}/${name}.1 page)
    string(REGEX REPLACE "\\.TH ([^ ]+) \"1\" \"[^\"]*\"" ".TH \\1 \"1\" \"${DATE}\"" page "${page}")
    file(WRITE ${OUT_DIR}/${name}.1 "${page}")
endfunction()

make_page(${CLI} masklens-cli "the face-mask classifier workbench without a window")
make_page(${GUI} masklens "workbench for training face-mask classifiers")
make_page(${TRAIN} masklens-train "the MaskLens training core, for a GPU machine")

list(JOIN commands " " command_words)
configure_file(${SOURCE_DIR}/masklens-cli.bash.in ${OUT_DIR}/masklens-cli @ONLY)

# Checks that the folders of core depend downwards only (DESIGN.md §1), that core never uses
# QtGui or QtWidgets and models never QtWidgets, and that the console (ui/) reaches a connector
# only through core/app: it never includes a connector's own folder (connectors/ldap/…). Run at configure time by the top CMakeLists and
# by the `layers` test: `cmake -DATTEST_SOURCE_DIR=<repo> -P cmake/AttestLayers.cmake`.
#
# A file in folder F may include "G/…" only when G is below F in this list, or G is F. Folders
# of one rank (the connectors) may not include each other. The ranks are the design, not the
# present code: a new folder must be placed here before anything includes it.
set(_attest_layer_ranks
    "domain=0" "io=1" "security=1" "graph=2" "store=3" "audit=4" "analysis=5"
    "connectors=6" "connectors/ldap=7" "connectors/demo=7" "connectors/files=7" "connectors/scim=7"
    "review=8" "app=9")

function(_attest_layer_rank folder out)
    set(rank "")
    foreach(entry IN LISTS _attest_layer_ranks)
        string(REPLACE "=" ";" pair "${entry}")
        list(GET pair 0 name)
        list(GET pair 1 value)
        if(name STREQUAL folder)
            set(rank ${value})
        endif()
    endforeach()
    set(${out} "${rank}" PARENT_SCOPE)
endfunction()

# The folder of a path under core/: "connectors/ldap" for connectors/ldap/x.h, else the first part.
function(_attest_layer_folder relative out)
    string(REGEX MATCH "^connectors/[a-z]+/" sub "${relative}")
    if(sub)
        string(REGEX REPLACE "/$" "" sub "${sub}")
        set(${out} "${sub}" PARENT_SCOPE)
        return()
    endif()
    string(REGEX MATCH "^[a-z]+/" first "${relative}")
    string(REGEX REPLACE "/$" "" first "${first}")
    set(${out} "${first}" PARENT_SCOPE)
endfunction()

function(attest_check_layers source_dir)
    set(problems "")
    set(gui_headers "QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QColor|QFont|QIcon|QImage|QPainter|QPixmap|QPalette|QBrush|QClipboard|QTextDocument|QValidator")
    set(widget_headers "QtWidgets|QWidget|QApplication|QAbstractItemView|QStyle|QStyledItemDelegate|QMessageBox|QDialog")

    file(GLOB_RECURSE core_files RELATIVE "${source_dir}/core" "${source_dir}/core/*.h" "${source_dir}/core/*.cpp")
    foreach(file IN LISTS core_files)
        _attest_layer_folder("${file}" folder)
        _attest_layer_rank("${folder}" rank)
        if(rank STREQUAL "")
            list(APPEND problems "core/${file}: folder '${folder}' has no place in cmake/AttestLayers.cmake")
            continue()
        endif()
        file(STRINGS "${source_dir}/core/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS includes)
            if(line MATCHES "#[ \t]*include[ \t]*<(${gui_headers})")
                list(APPEND problems "core/${file}: includes a QtGui/QtWidgets header (${line})")
            endif()
            if(NOT line MATCHES "#[ \t]*include[ \t]*\"([a-z]+/[^\"]*)\"")
                continue()
            endif()
            set(target "${CMAKE_MATCH_1}")
            _attest_layer_folder("${target}" to)
            _attest_layer_rank("${to}" to_rank)
            if(to_rank STREQUAL "" OR to STREQUAL folder)
                continue()
            endif()
            if(NOT to_rank LESS rank)
                list(APPEND problems "core/${file}: ${folder} may not include ${target} (${to} is not below ${folder})")
            endif()
        endforeach()
    endforeach()

    file(GLOB_RECURSE model_files RELATIVE "${source_dir}" "${source_dir}/models/*.h" "${source_dir}/models/*.cpp")
    foreach(file IN LISTS model_files)
        file(STRINGS "${source_dir}/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<(${widget_headers})")
        foreach(line IN LISTS includes)
            list(APPEND problems "${file}: models may not use QtWidgets (${line})")
        endforeach()
    endforeach()

    file(GLOB_RECURSE ui_files RELATIVE "${source_dir}" "${source_dir}/ui/*.h" "${source_dir}/ui/*.cpp")
    foreach(file IN LISTS ui_files)
        file(STRINGS "${source_dir}/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"connectors/[a-z]+/")
        foreach(line IN LISTS includes)
            list(APPEND problems "${file}: the console reaches connectors through core/app only (${line})")
        endforeach()
    endforeach()

    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "Layering broken (DESIGN.md §1):\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND ATTEST_SOURCE_DIR)
    attest_check_layers("${ATTEST_SOURCE_DIR}")
    message(STATUS "Layers: every include of core points down")
endif()

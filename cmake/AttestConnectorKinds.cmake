# Checks that the kinds of sources ("ldap", "demo") are compared only in the connector registry
# (core/app/connectorregistry.cpp): everywhere else asks the registry or a connector's
# capabilities. Run by the `connector-kinds` test:
# `cmake -DATTEST_SOURCE_DIR=<repo> -P cmake/AttestConnectorKinds.cmake`.
#
# Allowed outside the registry: the connectors' own names (kLdapConnectorKind, kDemoConnectorKind),
# URL scheme checks (lines that mention a scheme), and the `demo` command of the command line.
cmake_policy(SET CMP0057 NEW)
cmake_policy(SET CMP0007 NEW)
set(_attest_kind_allowed
    "core/app/connectorregistry.cpp"
    "core/connectors/ldap/ldapconnector.h"
    "core/connectors/demo/democonnector.h")
# Not yet moved behind the connector (none now): a file listed here must still compare kinds.
set(_attest_kind_pending "")

function(attest_check_connector_kinds source_dir)
    set(problems "")
    file(GLOB_RECURSE files RELATIVE "${source_dir}" "${source_dir}/core/*.h" "${source_dir}/core/*.cpp"
         "${source_dir}/app/*.h" "${source_dir}/app/*.cpp" "${source_dir}/ui/*.h" "${source_dir}/ui/*.cpp"
         "${source_dir}/models/*.h" "${source_dir}/models/*.cpp")
    foreach(file IN LISTS files)
        if(file IN_LIST _attest_kind_allowed OR file IN_LIST _attest_kind_pending)
            continue()
        endif()
        file(STRINGS "${source_dir}/${file}" lines REGEX "\"(ldap|demo)\"")
        foreach(line IN LISTS lines)
            if(line MATCHES "scheme|://")
                continue() # a URL scheme, not a kind of source
            endif()
            if(file STREQUAL "app/cli/commandtable.cpp" AND line MATCHES "QStringLiteral[(]\"demo\"[)][}],")
                continue() # the name of the `demo` command
            endif()
            string(REGEX REPLACE "//.*$" "" code "${line}")
            if(NOT code MATCHES "\"(ldap|demo)\"")
                continue() # in a comment
            endif()
            string(STRIP "${line}" line)
            list(APPEND problems "${file}: ${line}")
        endforeach()
    endforeach()
    foreach(file IN LISTS _attest_kind_pending)
        file(STRINGS "${source_dir}/${file}" lines REGEX "\"(ldap|demo)\"")
        if(NOT lines)
            list(APPEND problems "${file}: no longer compares kinds; remove it from _attest_kind_pending")
        endif()
    endforeach()
    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "Source kinds compared outside the connector registry:\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND ATTEST_SOURCE_DIR)
    attest_check_connector_kinds("${ATTEST_SOURCE_DIR}")
    message(STATUS "Connector kinds: compared only in the registry")
endif()

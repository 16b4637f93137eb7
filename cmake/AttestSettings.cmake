# One place for compile policy: every Attest target links attest_settings.
add_library(attest_settings INTERFACE)

target_compile_definitions(attest_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060000
    ATTEST_VERSION_STRING="${PROJECT_VERSION}"
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)

if(MSVC)
    target_compile_options(attest_settings INTERFACE /W4 /permissive- /utf-8 /guard:cf
        $<$<BOOL:${ATTEST_WARNINGS_AS_ERRORS}>:/WX>)
    target_link_options(attest_settings INTERFACE /guard:cf)
else()
    target_compile_options(attest_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual
        -fstack-protector-strong
        $<$<BOOL:${ATTEST_WARNINGS_AS_ERRORS}>:-Werror>)
    # _FORTIFY_SOURCE needs optimisation; only define it where the compiler optimises.
    target_compile_definitions(attest_settings INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    if(NOT APPLE)
        target_link_options(attest_settings INTERFACE -Wl,-z,relro -Wl,-z,now)
    endif()
    if(ATTEST_SANITIZE)
        target_compile_options(attest_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(attest_settings INTERFACE -fsanitize=address,undefined)
    endif()
endif()

@echo off
rem charte-ia launcher for Windows, made by `mvn package` beside charte-ia.jar.
rem Runs the jar with JVM settings suited to a run of a few seconds (C1 compilation only, the serial
rem collector) and, when JAVA_HOME is set and the build made one for that JDK, its class-data-sharing
rem archive. JAVA_OPTS is passed after these settings, so it can override them.
setlocal
set "HERE=%~dp0"
set "SETTINGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if defined JAVA_HOME (
    set "JAVA=%JAVA_HOME%\bin\java.exe"
    for /f "tokens=1,* delims==" %%a in ('findstr /b "JAVA_RUNTIME_VERSION=" "%JAVA_HOME%\release" 2^>nul') do set "RUNTIME=%%~b"
) else (
    set "JAVA=java"
)
if defined RUNTIME if exist "%HERE%cds\charte-ia-%RUNTIME%.aot" set "SETTINGS=%SETTINGS% -XX:AOTCache=%HERE%cds\charte-ia-%RUNTIME%.aot -Xlog:aot=off,cds=off"
if defined RUNTIME if exist "%HERE%cds\charte-ia-%RUNTIME%.jsa" set "SETTINGS=%SETTINGS% -XX:SharedArchiveFile=%HERE%cds\charte-ia-%RUNTIME%.jsa -Xlog:cds=off,cds+dynamic=off"
"%JAVA%" %SETTINGS% "-Dcharteia.launcher=%~f0" %JAVA_OPTS% -jar "%HERE%charte-ia.jar" %*
exit /b %ERRORLEVEL%

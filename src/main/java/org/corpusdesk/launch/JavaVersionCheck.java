package org.corpusdesk.launch;

/**
 * The jar's entry point, compiled for Java 8 so that an older Java gets one line saying what is needed instead
 * of an UnsupportedClassVersionError; on 21 or newer it hands over to the application.
 */
public final class JavaVersionCheck {

    static final int REQUIRED = 21;

    private JavaVersionCheck() {
    }

    public static void main(String[] args) throws Throwable {
        int running = feature(System.getProperty("java.specification.version"));
        if (running < REQUIRED) {
            System.err.println(message(running, System.getProperty("java.home")));
            System.exit(1);
        }
        try {
            Class.forName("org.corpusdesk.Application", true, Thread.currentThread().getContextClassLoader())
                    .getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** "1.8" is 8, "17" is 17. */
    public static int feature(String specificationVersion) {
        String v = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int dot = v.indexOf('.');
        return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
    }

    public static String message(int running, String javaHome) {
        return "Corpus Desk needs Java " + REQUIRED + " or newer; this is Java " + running + " (" + javaHome + "). "
                + "Run it with a newer one, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar corpus-desk.jar, "
                + "or set JAVA_HOME to a JDK " + REQUIRED + "+ and use $JAVA_HOME/bin/java.";
    }
}

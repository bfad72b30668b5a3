package org.onecity.cli;

import picocli.CommandLine.IVersionProvider;

class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = OneCityCommandLine.class.getPackage().getImplementationVersion();
        return new String[] {"OneCity " + (v == null ? "development build" : v)};
    }
}

package newssearch.cli;

import picocli.CommandLine.IVersionProvider;

class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"news-search " + (version == null ? "(development build)" : version)};
  }
}

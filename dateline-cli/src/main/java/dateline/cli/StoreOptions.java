package dateline.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The store folder every store command takes. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "dateline-data",
            description = "The store's folder (created if missing). Default: ./${DEFAULT-VALUE}.")
    Path dir;
}

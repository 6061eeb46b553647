package org.corpusdesk.registry;

import java.util.List;

/** A canonical source: one entry that many mentions ("Russia's Foreign Ministry", "the Russian MFA") point to. */
public record RegistrySource(long id, String name, SourceKind kind, String country, List<String> aliases) {
}

package org.corpusdesk.registry;

public enum SourceKind {
    GOVERNMENT, MILITARY, MEDIA, PERSON, ORGANISATION, OTHER
}

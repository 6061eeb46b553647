package org.corpusdesk.annotation;

public enum LabelKind {
    SOURCE, CLAIM, CUE, OTHER
}

package org.corpusdesk.article;

/** Columns the queue can be sorted by; the UI maps its grid columns onto these. */
public enum QueueSort { ID, TITLE, OUTLET, LANGUAGE, STATUS, STORY_CLUSTER, PUBLISHED }

package org.defencetracker.history.web;

/** A link to where the record is shown, with the message key of its text. */
public record BackLink(String href, String label) {}

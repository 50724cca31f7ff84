package org.defencetracker.statement;

/** Who is speaking: state officials (of any country), a media outlet or channel, or someone else. */
public enum ActorType {
    OFFICIAL,
    MEDIA,
    OTHER
}

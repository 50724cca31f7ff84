/**
 * Moving records in and out in bulk: a full dump of everything as JSON, and imports of that dump or of incidents
 * from CSV, checked with the forms' rules and written all at once or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dump and import")
package org.defencetracker.exchange;

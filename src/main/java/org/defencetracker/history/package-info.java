/** The change history of every record: who changed what and when, as the database logged it. */
@org.springframework.modulith.ApplicationModule(displayName = "History")
package org.defencetracker.history;

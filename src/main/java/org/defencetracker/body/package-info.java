/** Government bodies (ministries, chambers, committees, agencies) and their mandates over time. */
@org.springframework.modulith.ApplicationModule(displayName = "Bodies and mandates")
package org.defencetracker.body;

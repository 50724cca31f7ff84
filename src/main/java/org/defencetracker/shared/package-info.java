/** What every module may use: dates with their precision, countries, not-found and bad-input signals, web support. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.defencetracker.shared;

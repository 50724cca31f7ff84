/** What the JSON API of every module shares: problem details, dates, reading input and parameters. */
package org.defencetracker.shared.web.api;

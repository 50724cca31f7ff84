/** The dump and the import on the JSON API, for scripts: the same as the import page, answered as JSON. */
package org.defencetracker.exchange.web.api;

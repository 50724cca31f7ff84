/** The offline country map: Natural Earth outlines projected to SVG on the server, with places marked on it. */
package org.defencetracker.shared.map;

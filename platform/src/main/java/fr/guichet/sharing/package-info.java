/**
 * Templates an EPCI shares with its member communes: snapshots of its published procedures, versioned in the control
 * plane, instantiated by the members' designers, later versions offered to them and never forced.
 */
@NullMarked
package fr.guichet.sharing;

import org.jspecify.annotations.NullMarked;

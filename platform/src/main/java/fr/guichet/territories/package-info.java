/** Official reference list of French communes and EPCI (INSEE data), with lookup and search. */
@org.jspecify.annotations.NullMarked
package fr.guichet.territories;

/** Demo tenants for README's run command: one real EPCI and three of its member communes, branded differently. */
@NullMarked
package fr.guichet.demo;

import org.jspecify.annotations.NullMarked;

/**
 * Running on several nodes: which node this is, leases that let a periodic task run on one node of
 * the cluster at a time, and the messages nodes send each other through Redis. Single-node (no
 * {@code QM_NODE_NAME}) the leases still work and the messages stay inside the JVM.
 */
package org.quizmarker.cluster;

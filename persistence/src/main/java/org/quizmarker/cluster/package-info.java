/**
 * What the nodes of a cluster share through the database: leases for work done once per cluster,
 * and each node's heartbeat. {@link org.quizmarker.cluster.ClusterRepository} is the only way in.
 */
package org.quizmarker.cluster;
